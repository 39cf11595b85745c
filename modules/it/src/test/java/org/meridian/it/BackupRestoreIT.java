package org.meridian.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@code java -jar meridian.jar backup} of the running suite server's PostgreSQL database, then
 * {@code restore} into a new empty database: every office, item, revision and media file that was
 * there when the backup was taken is there after the restore, byte for byte. (The embedded
 * database's path is {@code BackupTest}'s.)
 */
@ExtendWith(MeridianServer.class)
class BackupRestoreIT {

  private static final List<String> QUERIES =
      List.of(
          "select 'office:' || id from office",
          "select 'item:' || id from content_item",
          "select 'revision:' || id || ':' || md5(coalesce(body, '')) from revision",
          "select 'media:' || store_key || ':' || md5(bytes) from media_blob");

  private static Set<String> rows(Connection db) throws Exception {
    Set<String> rows = new TreeSet<>();
    for (String query : QUERIES) {
      try (var statement = db.createStatement();
          var result = statement.executeQuery(query)) {
        while (result.next()) {
          rows.add(result.getString(1));
        }
      }
    }
    return rows;
  }

  private static Process launcher(Map<String, String> env, String... args) throws Exception {
    List<String> command =
        new ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar",
                Path.of(System.getProperty("meridian.it.jar", "../app/target/meridian.jar"))
                    .toAbsolutePath()
                    .toString()));
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    builder.environment().putAll(env);
    return builder.start();
  }

  private static String finish(Process process) throws Exception {
    assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
    return new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
  }

  @Test
  void aBackupRestoredIntoAnEmptyDatabaseHoldsEveryOfficeItemRevisionAndMediaFile()
      throws Exception {
    SuiteDatabase suite = SuiteDatabase.get();
    Assumptions.assumeTrue(suite.isPostgres(), "the PostgreSQL path; BackupTest covers H2");
    MeridianServer.server();
    Set<String> before;
    try (Connection db = suite.connect()) {
      before = rows(db);
    }
    assertThat(before).anyMatch(r -> r.startsWith("media:")).anyMatch(r -> r.startsWith("revision:"));
    Path folder = Files.createTempDirectory("meridian-backup").resolve("backup");
    Process backup = launcher(suite.serverEnvironment(), "backup", folder.toString());
    String said = finish(backup);
    assertThat(backup.exitValue()).as(said).isZero();
    assertThat(said).contains("Backed up the postgresql database");
    assertThat(folder.resolve("meridian-backup.properties")).exists();

    try (ScratchDatabase scratch = ScratchDatabase.create()) {
      Map<String, String> env = new HashMap<>(suite.serverEnvironment());
      env.put("MERIDIAN_DB_URL", scratch.url());
      Process restore = launcher(env, "restore", folder.toString());
      String restored = finish(restore);
      assertThat(restore.exitValue()).as(restored).isZero();

      Set<String> now;
      try (Connection db = suite.connect()) {
        now = rows(db);
      }
      Set<String> after;
      try (Connection db = scratch.connectAsAdministrator()) {
        after = rows(db);
      }
      // Other tests may have changed the suite's data since: what was there and still is, is back.
      Set<String> expected = new TreeSet<>(before);
      expected.retainAll(now);
      assertThat(after).containsAll(expected);

      Process again = launcher(env, "restore", folder.toString());
      String refused = finish(again);
      assertThat(again.exitValue()).isEqualTo(1);
      assertThat(refused)
          .contains("Meridian cannot restore: the database of MERIDIAN_DB_URL is not empty");
    }
  }
}
