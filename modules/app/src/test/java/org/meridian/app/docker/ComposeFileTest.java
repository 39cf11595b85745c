package org.meridian.app.docker;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * {@code docker/compose.yaml}: valid for Compose ({@code docker compose config}, or Debian's {@code
 * docker-compose} v1 when the v2 plugin is absent; {@code .ci/run} installs it, and under {@code
 * CI=true} a missing tool fails), and holding what running it in production needs.
 */
class ComposeFileTest {

  private static final Path COMPOSE = Path.of("../../docker/compose.yaml");

  @Test
  void composeAcceptsTheFile() throws Exception {
    String[] command = composeCommand();
    if (command == null && "true".equalsIgnoreCase(System.getenv("CI"))) {
      throw new AssertionError(
          "docker-compose is missing: .ci/run installs Debian's docker-compose");
    }
    Assumptions.assumeTrue(command != null, "neither docker compose nor docker-compose is here");
    Path out = Files.createTempFile("compose-config", ".txt");
    try {
      String[] full = new String[command.length + 3];
      System.arraycopy(command, 0, full, 0, command.length);
      full[command.length] = "-f";
      full[command.length + 1] = COMPOSE.toString();
      full[command.length + 2] = "config";
      Process process =
          new ProcessBuilder(full).redirectErrorStream(true).redirectOutput(out.toFile()).start();
      assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
      String said = Files.readString(out, StandardCharsets.UTF_8);
      assertThat(process.exitValue()).as(said).isZero();
      // Compose's own reading of the file: what it will run.
      assertThat(said)
          .contains("condition: service_healthy")
          .contains("restart: unless-stopped")
          .contains("MERIDIAN_DB_PASSWORD_FILE: /run/secrets/db-password");
    } finally {
      Files.deleteIfExists(out);
    }
  }

  @Test
  void theFileRunsTwoClusteredNodesSafely() throws IOException {
    String compose = Files.readString(COMPOSE, StandardCharsets.UTF_8);
    assertThat(compose).as("v1 refuses a top-level name").doesNotContainPattern("(?m)^name:");
    assertThat(compose.split("restart: unless-stopped", -1))
        .as("every service restarts")
        .hasSize(5);
    assertThat(compose)
        .contains("MERIDIAN_SIGNIN_TRUSTED_PROXIES: 172.28.0.10")
        .contains("MERIDIAN_SITE_PUBLIC_URL:")
        .contains("MERIDIAN_CONSOLE_URL:")
        .contains("MERIDIAN_CLUSTER_INTERFACES: 172.28.0.11")
        .contains("MERIDIAN_CLUSTER_INTERFACES: 172.28.0.12")
        .contains("POSTGRES_PASSWORD_FILE")
        .doesNotContain("MERIDIAN_DB_PASSWORD:")
        .doesNotContain("POSTGRES_PASSWORD:");
  }

  /** {@code docker compose} when the v2 plugin answers, else {@code docker-compose}, else null. */
  private static String[] composeCommand() {
    for (String[] candidate : new String[][] {{"docker", "compose"}, {"docker-compose"}}) {
      try {
        String[] version = new String[candidate.length + 1];
        System.arraycopy(candidate, 0, version, 0, candidate.length);
        version[candidate.length] = "version";
        Process process = new ProcessBuilder(version).redirectErrorStream(true).start();
        process.getInputStream().readAllBytes();
        if (process.waitFor(30, TimeUnit.SECONDS) && process.exitValue() == 0) {
          return candidate;
        }
      } catch (IOException | InterruptedException absent) {
        // try the next
      }
    }
    return null;
  }
}
