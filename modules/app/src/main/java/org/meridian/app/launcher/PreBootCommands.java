package org.meridian.app.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

/**
 * The asadmin commands Payara Micro runs before it boots: HTTP compression on its listener, and the
 * size of its pool of request threads when {@code meridian.http.threads} sets one. Grizzly gzips
 * every answer of these types (console pages, Faces and PrimeFaces scripts and styles, public
 * pages, the API's JSON) when the client accepts it and the answer is over 1 KB. Choice: the
 * server's own compression rather than a servlet filter, since it also covers the static resources
 * that Faces streams and needs no code of ours; {@code ContentEncodingVary} adds the {@code Vary:
 * Accept-Encoding} that Grizzly leaves out.
 *
 * <p>Before the boot, not after: on Payara Micro 7 a post-boot {@code set} of the listener's
 * protocol restarts the listener, which then never accepts a connection again ("GrizzlyProxy is
 * NULL"); set before the boot, the listener starts once with compression on.
 */
final class PreBootCommands {

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

  private static final String POOL =
      "configs.config.server-config.thread-pools.thread-pool.http-thread-pool.";

  private static final String OPTION = "--prebootcommandfile";

  private PreBootCommands() {}

  /**
   * The commands that give Payara's HTTP listener {@code threads} request threads, no more and no
   * fewer (Payara's own pool grows to 200). A small pool serves requests in the order they came:
   * with as many threads as requests in flight, two cores share their time among all of them and
   * every request waits for the slowest (bench/README.md, "The uncached path's tail").
   */
  static List<String> threads(int threads) {
    return List.of(
        "set " + POOL + "max-thread-pool-size=" + threads,
        "set " + POOL + "min-thread-pool-size=" + threads);
  }

  /**
   * Payara's arguments with a pre-boot command file that turns compression on and sizes the pool of
   * request threads when {@code httpThreads} is given; a pre-boot file given on the command line is
   * kept, its commands after ours (a post-boot file is passed on as it is).
   */
  static List<String> with(List<String> args, OptionalInt httpThreads) {
    List<String> result = new ArrayList<>();
    List<String> commands = new ArrayList<>(COMPRESSION);
    httpThreads.ifPresent(n -> commands.addAll(threads(n)));
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
      throw new UncheckedIOException("cannot read the pre-boot command file " + file, e);
    }
  }

  private static Path write(List<String> commands) {
    try {
      Path file = Files.createTempFile("meridian-pre-boot", ".asadmin");
      file.toFile().deleteOnExit();
      Files.write(file, commands, StandardCharsets.UTF_8);
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write Payara's pre-boot command file", e);
    }
  }
}
