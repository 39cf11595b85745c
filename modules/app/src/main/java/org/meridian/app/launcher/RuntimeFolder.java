package org.meridian.app.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Where Payara Micro unpacks itself ({@code --rootdir}): {@code data/runtime/<process id>} below
 * the working directory instead of a new folder in {@code /tmp} at every start. It is removed when
 * the process ends — also after a failed start — and folders left by processes that no longer run
 * (killed) are removed at the next start. The folder also holds the logging configuration the
 * launcher gives Payara ({@link LogFormat}).
 */
final class RuntimeFolder {

  private RuntimeFolder() {}

  /** Creates this process's folder, after removing those of processes that are gone. */
  static Path create(Path base) {
    try {
      Files.createDirectories(base);
      try (Stream<Path> folders = Files.list(base)) {
        folders
            .filter(f -> f.getFileName().toString().matches("\\d+"))
            .filter(f -> ProcessHandle.of(Long.parseLong(f.getFileName().toString())).isEmpty())
            .forEach(RuntimeFolder::delete);
      }
      Path mine = base.resolve(Long.toString(ProcessHandle.current().pid()));
      delete(mine);
      Files.createDirectories(mine);
      return mine;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The logging configuration: every logger through {@link LogFormat} on standard error. */
  static Path loggingProperties(Path folder, boolean clustered) {
    String properties =
        """
        # Written by Meridian's launcher at each start (docs/operations.md#logs).
        handlers=java.util.logging.ConsoleHandler
        java.util.logging.ConsoleHandler.formatter=org.meridian.app.launcher.LogFormat
        java.util.logging.ConsoleHandler.level=FINE
        java.util.logging.ConsoleHandler.encoding=UTF-8
        .level=INFO
        # Payara's bundled test certificates expire; Meridian uses none of them (TLS ends at the front).
        javax.enterprise.system.security.ssl.level=SEVERE
        # AS-DEPLOYMENT-00015 "unsupported deployment descriptor element" is logged without its
        # element for each module's beans.xml (CDI 4.0 descriptors); they are read as written.
        javax.enterprise.system.tools.deployment.dol.level=SEVERE
        """
            + (clustered
                ? """
                  # Clustered: Hazelcast's health monitor writes a line every 20 s while the machine
                  # is busy; /metrics and /health say what matters.
                  com.hazelcast.internal.diagnostics.HealthMonitor.level=WARNING
                  """
                : """
                  # Not clustered (--nocluster): Payara's local data grid warns about its seed ports.
                  com.hazelcast.instance.impl.Node.level=SEVERE
                  """);
    try {
      Path file = folder.resolve("logging.properties");
      Files.writeString(file, properties, StandardCharsets.UTF_8);
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static void delete(Path folder) {
    if (!Files.exists(folder)) {
      return;
    }
    try (Stream<Path> all = Files.walk(folder)) {
      all.sorted(Comparator.reverseOrder())
          .forEach(
              p -> {
                try {
                  Files.deleteIfExists(p);
                } catch (IOException e) {
                  // best effort: a file still open is removed at the next start
                }
              });
    } catch (IOException e) {
      // best effort, as above
    }
  }
}
