package org.meridian.app.database;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Optional;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.flywaydb.core.api.MigrationVersion;

/**
 * What makes a database unsafe to run on, said in one line before anything is migrated: a schema
 * that a newer release of Meridian has migrated (this release does not know its tables and would
 * write rows a newer one misreads), or a migration changed after it ran (Flyway's checksums).
 */
final class SchemaCheck {

  private SchemaCheck() {}

  /** Why {@code flyway}'s database must not be used by this release, or empty. */
  static Optional<String> problem(Flyway flyway) {
    MigrationInfo[] all = flyway.info().all();
    Optional<MigrationVersion> newest =
        Arrays.stream(all)
            .filter(
                m ->
                    m.getState() == MigrationState.FUTURE_SUCCESS
                        || m.getState() == MigrationState.FUTURE_FAILED)
            .map(MigrationInfo::getVersion)
            .max(Comparator.naturalOrder());
    if (newest.isPresent()) {
      String known =
          Arrays.stream(all)
              .filter(
                  m ->
                      m.getState() != MigrationState.FUTURE_SUCCESS
                          && m.getState() != MigrationState.FUTURE_FAILED)
              .map(MigrationInfo::getVersion)
              .filter(v -> v != null)
              .max(Comparator.naturalOrder())
              .map(MigrationVersion::getVersion)
              .orElse("none");
      return Optional.of(
          "the database's schema is at version "
              + newest.get().getVersion()
              + ", newer than this release of Meridian knows (version "
              + known
              + "): a newer release has upgraded it; start that release, or restore the backup"
              + " taken before the upgrade (docs/upgrading.md)");
    }
    var result = flyway.validateWithResult();
    return result.invalidMigrations.stream()
        .filter(m -> m.version != null && m.errorDetails != null)
        .filter(
            m ->
                String.valueOf(m.errorDetails.errorMessage)
                    .toLowerCase(java.util.Locale.ROOT)
                    .contains("checksum mismatch"))
        .map(m -> m.version)
        .findFirst()
        .map(
            version ->
                "migration "
                    + version
                    + " was changed after it was applied to this database (its checksum differs):"
                    + " Meridian never runs on an edited migration; put the released file back"
                    + " (docs/upgrading.md)");
  }
}
