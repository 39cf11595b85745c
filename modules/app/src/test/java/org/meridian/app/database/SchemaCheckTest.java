package org.meridian.app.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A schema migrated by a newer release, or an edited migration, stops the start in one line. */
class SchemaCheckTest {

  @TempDir Path released;
  @TempDir Path older;
  private String url;

  @BeforeEach
  void migrateTwoVersions() throws IOException {
    url = "jdbc:h2:mem:schema-check-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1";
    Files.writeString(released.resolve("V1__first.sql"), "create table a (id int);");
    Files.writeString(released.resolve("V2__second.sql"), "create table b (id int);");
    flyway(released).migrate();
  }

  private Flyway flyway(Path migrations) {
    return Flyway.configure()
        .dataSource(url, "sa", "")
        .locations("filesystem:" + migrations)
        .load();
  }

  @Test
  void theReleaseThatMigratedTheDatabaseRunsOnIt() {
    assertThat(SchemaCheck.problem(flyway(released))).isEmpty();
  }

  @Test
  void aNewerSchemaIsRefusedNamingBothVersions() throws IOException {
    Files.writeString(older.resolve("V1__first.sql"), "create table a (id int);");
    assertThat(SchemaCheck.problem(flyway(older)))
        .hasValueSatisfying(
            line ->
                assertThat(line)
                    .startsWith(
                        "the database's schema is at version 2, newer than this release of"
                            + " Meridian knows (version 1)")
                    .doesNotContain("\n"));
  }

  @Test
  void anEditedMigrationIsRefused() throws IOException {
    Files.writeString(released.resolve("V1__first.sql"), "create table a (id bigint);");
    assertThat(SchemaCheck.problem(flyway(released)))
        .hasValueSatisfying(
            line ->
                assertThat(line)
                    .startsWith("migration 1 was changed after it was applied")
                    .doesNotContain("\n"));
  }

  @Test
  void pendingMigrationsOfThisReleaseAreNoProblem() throws IOException {
    Files.writeString(released.resolve("V3__third.sql"), "create table c (id int);");
    assertThat(SchemaCheck.problem(flyway(released))).isEmpty();
  }
}
