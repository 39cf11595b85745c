package org.meridian.app.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The asadmin commands Payara Micro runs after it boots: HTTP compression on its listener. Grizzly
 * gzips every answer of these types (console pages, Faces and PrimeFaces scripts and styles, public
 * pages, the API's JSON) when the client accepts it and the answer is over 1 KB. Choice: the
 * server's own compression rather than a servlet filter, since it also covers the static resources
 * that Faces streams and needs no code of ours; {@code ContentEncodingVary} adds the {@code Vary:
 * Accept-Encoding} that Grizzly leaves out.
 */
final class PostBootCommands {

  private static final String HTTP =
      "configs.config.server-config.network-config.protocols.protocol.http-listener.http.";

  static final List<String> COMPRESSION =
      List.of(
          "set " + HTTP + "compression=on",
          "set "
              + HTTP
              + "compressable-mime-type=text/html,text/xml,text/plain,text/css,text/javascript,"
              + "application/javascript,application/json,application/problem+json,"
              + "application/xml,application/atom+xml,application/rss+xml,image/svg+xml,text/csv",
          "set " + HTTP + "compression-min-size-bytes=1024");

  private static final String OPTION = "--postbootcommandfile";

  private PostBootCommands() {}

  /**
   * Payara's arguments with a post-boot command file that turns compression on; a file given on the
   * command line is kept, its commands after ours.
   */
  static List<String> withCompression(List<String> args) {
    List<String> result = new ArrayList<>();
    List<String> commands = new ArrayList<>(COMPRESSION);
    for (int i = 0; i < args.size(); i++) {
      if (OPTION.equals(args.get(i)) && i + 1 < args.size()) {
        commands.addAll(read(Path.of(args.get(++i))));
      } else {
        result.add(args.get(i));
      }
    }
    result.add(OPTION);
    result.add(write(commands).toString());
    return result;
  }

  private static List<String> read(Path file) {
    try {
      return Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the post-boot command file " + file, e);
    }
  }

  private static Path write(List<String> commands) {
    try {
      Path file = Files.createTempFile("meridian-post-boot", ".asadmin");
      file.toFile().deleteOnExit();
      Files.write(file, commands, StandardCharsets.UTF_8);
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write Payara's post-boot command file", e);
    }
  }
}
