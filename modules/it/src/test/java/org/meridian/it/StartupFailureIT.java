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

  @Test
  void everyWrongSettingIsNamedBeforePayaraBoots() throws Exception {
    long started = System.nanoTime();
    String log =
        runUntilExit(
            Map.of(
                "MERIDIAN_SCHEDULE_INTERVAL_SECONDS", "0",
                "MERIDIAN_SITE_CACHE_MEGABYTES", "-1",
                "MERIDIAN_MEDIA_STORE", "s3",
                "MERIDIAN_CLOCK_OFFSET", "tomorrow",
                "MERIDIAN_ADMIN_PASSWORD", "short"),
            "settings-garbage",
            MeridianServer.freePort(),
            30);
    assertThat(log)
        .contains(
            "Meridian cannot start: MERIDIAN_SCHEDULE_INTERVAL_SECONDS must be a whole number from 1"
                + " to 60, not '0'")
        .contains(
            "Meridian cannot start: MERIDIAN_SITE_CACHE_MEGABYTES must be a whole number from 0 to"
                + " 65536, not '-1'")
        .contains(
            "Meridian cannot start: MERIDIAN_MEDIA_STORE must be database or filesystem, not 's3'")
        .contains("Meridian cannot start: MERIDIAN_CLOCK_OFFSET must be an ISO-8601 duration")
        .contains(
            "Meridian cannot start: MERIDIAN_ADMIN_PASSWORD must be 10 to 200 characters long, not"
                + " '***'");
    assertThat(log).doesNotContain("'short'").doesNotContain("Payara Micro");
    assertThat(java.time.Duration.ofNanos(System.nanoTime() - started)).isLessThan(
        java.time.Duration.ofSeconds(15));
  }

  @Test
  void aDatabaseUserWhoMayNotCreateTablesIsToldInOneLine() throws Exception {
    org.junit.jupiter.api.Assumptions.assumeTrue(
        SuiteDatabase.get().isPostgres(), "needs the PostgreSQL server");
    try (ScratchDatabase scratch = ScratchDatabase.create()) {
      try (var admin = scratch.connectAsAdministrator();
          var statement = admin.createStatement()) {
        statement.execute("revoke create on schema public from public");
        statement.execute("grant usage on schema public to " + scratch.role());
      }
      String log =
          runUntilExit(
              Map.of("MERIDIAN_DB_URL", scratch.url(), "MERIDIAN_DB_USER", scratch.role()),
              "database-no-rights",
              MeridianServer.freePort(),
              30);
      assertThat(log)
          .contains(
              "Meridian cannot start: the database user "
                  + scratch.role()
                  + " may not create tables in schema public")
          .contains("GRANT CREATE ON SCHEMA public TO " + scratch.role());
      assertThat(log).doesNotContain("Payara Micro");
    }
  }

  @Test
  void aSchemaNewerThanTheCodeIsRefusedNamingBothVersions() throws Exception {
    org.junit.jupiter.api.Assumptions.assumeTrue(
        SuiteDatabase.get().isPostgres(), "needs the PostgreSQL server");
    try (ScratchDatabase scratch = ScratchDatabase.create()) {
      // What a newer release leaves behind: Flyway's history at a version this one does not have.
      try (var admin = scratch.connectAsAdministrator();
          var statement = admin.createStatement()) {
        statement.execute(
            "create table flyway_schema_history (installed_rank integer primary key, version"
                + " varchar(50), description varchar(200) not null, type varchar(20) not null,"
                + " script varchar(1000) not null, checksum integer, installed_by varchar(100) not"
                + " null, installed_on timestamp not null default now(), execution_time integer"
                + " not null, success boolean not null)");
        statement.execute(
            "insert into flyway_schema_history values (1, '999', 'from the future', 'SQL',"
                + " 'V999__from_the_future.sql', 1, 'postgres', now(), 1, true)");
      }
      String log =
          runUntilExit(
              Map.of("MERIDIAN_DB_URL", scratch.url(), "MERIDIAN_DB_USER", "postgres"),
              "database-from-the-future",
              MeridianServer.freePort(),
              180);
      assertThat(log)
          .containsPattern(
              "Meridian cannot start: the database's schema is at version 999, newer than this"
                  + " release of Meridian knows \\(version \\d+(\\.\\d+)?\\)");
      try (var admin = scratch.connectAsAdministrator();
          var statement = admin.createStatement();
          var rows = statement.executeQuery("select count(*) from flyway_schema_history")) {
        rows.next();
        assertThat(rows.getInt(1)).as("nothing migrated").isEqualTo(1);
      }
      // Payara's unpacked runtime is removed after a failed start too.
      java.nio.file.Path runtime =
          MeridianServer.logOf("database-from-the-future").getParent().resolve("data/runtime");
      try (var left = java.nio.file.Files.list(runtime)) {
        assertThat(left).as("folders left in %s", runtime).isEmpty();
      }
    }
  }
}
