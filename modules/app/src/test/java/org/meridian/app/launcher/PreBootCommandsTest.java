package org.meridian.app.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PreBootCommandsTest {

  @Test
  void payaraGetsACommandFileThatTurnsCompressionOn() throws Exception {
    List<String> args = PreBootCommands.withCompression(List.of("--deploy", "ROOT.war"));

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
        PreBootCommands.withCompression(
            List.of("--prebootcommandfile", own.toString(), "--nocluster"));

    assertThat(args).containsOnlyOnce("--prebootcommandfile").contains("--nocluster");
    List<String> commands =
        Files.readAllLines(Path.of(args.get(args.indexOf("--prebootcommandfile") + 1)));
    assertThat(commands.get(0)).endsWith("compression=on");
    assertThat(commands).last().isEqualTo("set something=else");
  }

  @Test
  void aPostBootCommandFileIsPassedOnAsItIs(@TempDir Path dir) throws Exception {
    Path own = Files.writeString(dir.resolve("own.asadmin"), "set something=else\n");

    List<String> args =
        PreBootCommands.withCompression(List.of("--postbootcommandfile", own.toString()));

    assertThat(args).startsWith("--postbootcommandfile", own.toString());
    assertThat(args).containsOnlyOnce("--prebootcommandfile");
  }
}
