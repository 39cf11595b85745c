package org.meridian.app.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PreBootCommandsTest {

  @Test
  void payaraGetsACommandFileThatTurnsCompressionOn() throws Exception {
    List<String> args = PreBootCommands.with(List.of("--deploy", "ROOT.war"), OptionalInt.empty());

    assertThat(args).startsWith("--deploy", "ROOT.war");
    assertThat(args.get(2)).isEqualTo("--prebootcommandfile");
    assertThat(Files.readAllLines(Path.of(args.get(3)), StandardCharsets.UTF_8))
        .anyMatch(line -> line.endsWith("http.compression=on"))
        .anyMatch(
            line ->
                line.contains("compressable-mime-type=text/html,") && line.contains("text/css"));
  }

  @Test
  void aCommandFileGivenOnTheCommandLineIsKeptAfterOurs(@TempDir Path dir) throws Exception {
    Path own = Files.writeString(dir.resolve("own.asadmin"), "set something=else\n");

    List<String> args =
        PreBootCommands.with(
            List.of("--prebootcommandfile", own.toString(), "--nocluster"), OptionalInt.of(6));

    assertThat(args).containsOnlyOnce("--prebootcommandfile").contains("--nocluster");
    List<String> commands =
        Files.readAllLines(Path.of(args.get(args.indexOf("--prebootcommandfile") + 1)));
    assertThat(commands.get(0)).endsWith("compression=on");
    assertThat(commands).contains(PreBootCommands.threads(6).toArray(String[]::new));
    assertThat(commands).last().isEqualTo("set something=else");
  }

  @Test
  void aPostBootCommandFileIsPassedOnAsItIs(@TempDir Path dir) throws Exception {
    Path own = Files.writeString(dir.resolve("own.asadmin"), "set something=else\n");

    List<String> args =
        PreBootCommands.with(List.of("--postbootcommandfile", own.toString()), OptionalInt.empty());

    assertThat(args).startsWith("--postbootcommandfile", own.toString());
    assertThat(args).containsOnlyOnce("--prebootcommandfile");
  }

  @Test
  void payarasOwnPoolOfRequestThreadsUnlessASizeIsGiven() throws Exception {
    List<String> own =
        Files.readAllLines(Path.of(PreBootCommands.with(List.of(), OptionalInt.empty()).get(1)));
    List<String> sized =
        Files.readAllLines(Path.of(PreBootCommands.with(List.of(), OptionalInt.of(8)).get(1)));

    assertThat(own).noneMatch(line -> line.contains("thread-pool"));
    assertThat(sized)
        .contains(
            "set configs.config.server-config.thread-pools.thread-pool.http-thread-pool"
                + ".max-thread-pool-size=8",
            "set configs.config.server-config.thread-pools.thread-pool.http-thread-pool"
                + ".min-thread-pool-size=8");
  }
}
