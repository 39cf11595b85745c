package org.meridian.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Bad settings stop meridian.jar quickly, with one line that names the setting to fix. */
class StartupFailureIT {

  private static String runUntilExit(Map<String, String> env, String name, int port, int seconds)
      throws Exception {
    MeridianServer.deleteTree(MeridianServer.logOf(name).getParent().resolve("data"));
    Process process = MeridianServer.launch(env, name, port);
    boolean exited = process.waitFor(seconds, TimeUnit.SECONDS);
    if (!exited) {
      process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
    }
    String log = Files.readString(MeridianServer.logOf(name), StandardCharsets.UTF_8);
    assertThat(exited).as("meridian.jar should stop by itself; its log:\n%s", log).isTrue();
    assertThat(process.exitValue()).as("exit code").isEqualTo(1);
    return log;
  }

  @Test
  void aTakenPortIsRefusedBeforeTheServerBoots() throws Exception {
    try (ServerSocket taken = new ServerSocket(0)) {
      int port = taken.getLocalPort();
      String log = runUntilExit(Map.of(), "port-taken", port, 30);
      assertThat(log)
          .contains("Meridian cannot start: Port " + port + " is already in use")
          .contains("MERIDIAN_PORT");
      assertThat(log).doesNotContain("Payara Micro");
    }
  }

  @Test
  void aPortThatIsNotANumberIsRefused() throws Exception {
    String log =
        runUntilExit(
            Map.of("MERIDIAN_PORT", "eighty"), "port-garbage", MeridianServer.freePort(), 30);
    // The environment given last wins over the port the harness set.
    assertThat(log).contains("MERIDIAN_PORT must be a port number from 1 to 65535, not 'eighty'");
  }

  @Test
  void anUnreachableDatabaseStopsTheServerWithTheSettingToFix() throws Exception {
    int nobodyListens = MeridianServer.freePort();
    String log =
        runUntilExit(
            Map.of(
                "MERIDIAN_DB_URL", "jdbc:postgresql://127.0.0.1:" + nobodyListens + "/meridian",
                "MERIDIAN_DB_USER", "meridian",
                "MERIDIAN_DB_PASSWORD", "secret-password"),
            "database-unreachable",
            MeridianServer.freePort(),
            180);
    assertThat(log)
        .contains("Meridian cannot start: cannot reach the database: check MERIDIAN_DB_URL");
    assertThat(log).doesNotContain("secret-password");
  }

  @Test
  void aDatabaseUrlOfAnotherKindIsRefused() throws Exception {
    String log =
        runUntilExit(
            Map.of("MERIDIAN_DB_URL", "mysql://127.0.0.1/meridian"),
            "database-url-garbage",
            MeridianServer.freePort(),
            180);
    assertThat(log)
        .contains(
            "Meridian cannot start: MERIDIAN_DB_URL must start with jdbc:postgresql: or jdbc:h2:");
  }
}
