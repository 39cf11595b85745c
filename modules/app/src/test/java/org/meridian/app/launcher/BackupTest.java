package org.meridian.app.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Backup and restore of the embedded database and the file-system media store. */
class BackupTest {

  @TempDir Path dir;

  private Map<String, String> settings(String name) {
    Map<String, String> settings = new HashMap<>();
    settings.put(
        "meridian.db.url",
        "jdbc:h2:file:"
            + dir.resolve(name + "/meridian")
            + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE");
    settings.put("meridian.media.store", "filesystem");
    settings.put("meridian.media.dir", dir.resolve(name + "/media").toString());
    return settings;
  }

  private static java.sql.Connection open(Map<String, String> settings) throws Exception {
    return DriverManager.getConnection(settings.get("meridian.db.url"), "meridian", "");
  }

  @Test
  void anEmbeddedNetworkComesBackWholeInAnEmptyPlace() throws Exception {
    Map<String, String> source = settings("source");
    try (var db = open(source);
        var sql = db.createStatement()) {
      sql.execute("create table office (id bigint primary key, code varchar(40))");
      sql.execute("create table revision (id bigint primary key, body text)");
      sql.execute("insert into office values (1, 'hq'), (2, 'gambia')");
      sql.execute("insert into revision values (10, 'Première ''révision'' — نص')");
    }
    Path media = Path.of(source.get("meridian.media.dir"));
    Files.createDirectories(media.resolve("12/345"));
    Files.write(media.resolve("12/345/original"), new byte[] {1, 2, 3});

    String said = new Backup(source::get).backup(dir.resolve("backup"));
    assertThat(said).contains("h2").contains("1 media files");

    Map<String, String> target = settings("target");
    new Backup(target::get).restore(dir.resolve("backup"));
    try (var db = open(target);
        var sql = db.createStatement();
        var rows = sql.executeQuery("select (select count(*) from office), body from revision")) {
      rows.next();
      assertThat(rows.getInt(1)).isEqualTo(2);
      assertThat(rows.getString(2)).isEqualTo("Première 'révision' — نص");
    }
    assertThat(Path.of(target.get("meridian.media.dir")).resolve("12/345/original"))
        .hasBinaryContent(new byte[] {1, 2, 3});
  }

  @Test
  void aRestoreNeverOverwritesADatabaseOrMixesMediaFolders() throws Exception {
    Map<String, String> source = settings("source");
    try (var db = open(source);
        var sql = db.createStatement()) {
      sql.execute("create table office (id bigint primary key)");
    }
    new Backup(source::get).backup(dir.resolve("backup"));
    assertThatThrownBy(() -> new Backup(source::get).restore(dir.resolve("backup")))
        .isInstanceOf(Backup.Refused.class)
        .hasMessageContaining("exists: move it away first");
    Map<String, String> target = settings("target");
    Files.createDirectories(Path.of(target.get("meridian.media.dir")));
    Files.writeString(Path.of(target.get("meridian.media.dir")).resolve("stray"), "x");
    assertThatThrownBy(() -> new Backup(target::get).restore(dir.resolve("backup")))
        .hasMessageContaining("is not empty");
  }

  @Test
  void aFolderThatIsNotABackupOrNotEmptyIsRefused() throws Exception {
    Files.createDirectories(dir.resolve("full"));
    Files.writeString(dir.resolve("full/file"), "x");
    Map<String, String> source = settings("source");
    assertThatThrownBy(() -> new Backup(source::get).backup(dir.resolve("full")))
        .hasMessageContaining("is not empty");
    assertThatThrownBy(() -> new Backup(source::get).restore(dir.resolve("full")))
        .hasMessageContaining("is not a Meridian backup");
  }

  @ParameterizedTest
  @CsvSource({
    "jdbc:postgresql://db:5432/meridian, postgresql://db:5432/meridian",
    "jdbc:postgresql://db/meridian?sslmode=require&password=secret,"
        + " postgresql://db/meridian?sslmode=require",
    "jdbc:postgresql://127.0.0.1:5432/m?user=u&connectTimeout=10, postgresql://127.0.0.1:5432/m"
  })
  void theToolsGetTheDatabaseWithoutCredentials(String jdbc, String uri) {
    assertThat(Backup.libpqUri(jdbc)).isEqualTo(uri);
  }
}
