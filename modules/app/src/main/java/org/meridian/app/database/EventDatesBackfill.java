package org.meridian.app.database;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.logging.Logger;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.meridian.content.ContentType;
import org.meridian.content.EventDates;
import org.meridian.content.fields.TypeFields;

/**
 * Migration 45.1: gives every live event that existed before V45 the dates its item now keeps
 * ({@code content_item.event_start}, {@code event_end}), read from its live revision's fields
 * exactly as a publication writes them ({@link EventDates#of}). In Java, not SQL: the dates are a
 * local time and a time-zone name inside the revision's JSON text, and turning them into instants
 * needs the zone's rules (summer time included) and a JSON reader, which H2 and PostgreSQL do not
 * share. Flyway runs it in the migration's transaction, once, after V45 added the columns.
 */
final class EventDatesBackfill implements JavaMigration {

  private static final Logger LOG = Logger.getLogger(EventDatesBackfill.class.getName());

  private static final int BATCH = 500;

  @Override
  public MigrationVersion getVersion() {
    return MigrationVersion.fromVersion("45.1");
  }

  @Override
  public String getDescription() {
    return "event dates of live events";
  }

  @Override
  public Integer getChecksum() {
    return null;
  }

  @Override
  public boolean canExecuteInTransaction() {
    return true;
  }

  @Override
  public void migrate(Context context) throws SQLException {
    int[] counts = fill(context.getConnection());
    LOG.info(
        () ->
            "Migration 45.1: dates kept for "
                + counts[0]
                + " live events"
                + (counts[1] == 0 ? "" : ", " + counts[1] + " without readable dates left out"));
  }

  /**
   * Writes the dates of every live event of every office on {@code connection}; returns how many
   * events got dates and how many were left without (no start, or dates that cannot be read).
   */
  static int[] fill(Connection connection) throws SQLException {
    int kept = 0;
    int without = 0;
    try (PreparedStatement read =
            connection.prepareStatement(
                "select i.id, r.fields from content_item i"
                    + " join revision r on r.id = i.live_revision_id"
                    + " where i.content_type = ? and i.trashed_at is null");
        PreparedStatement write =
            connection.prepareStatement(
                "update content_item set event_start = ?, event_end = ? where id = ?")) {
      read.setString(1, ContentType.EVENT.name());
      read.setFetchSize(BATCH);
      int pending = 0;
      try (ResultSet rows = read.executeQuery()) {
        while (rows.next()) {
          long id = rows.getLong(1);
          Optional<EventDates> dates = datesOf(id, rows.getString(2));
          if (dates.isEmpty()) {
            without++;
            continue;
          }
          write.setObject(1, utc(dates.get().start()));
          write.setObject(2, utc(dates.get().end()));
          write.setLong(3, id);
          write.addBatch();
          kept++;
          if (++pending == BATCH) {
            write.executeBatch();
            pending = 0;
          }
        }
      }
      if (pending > 0) {
        write.executeBatch();
      }
    }
    return new int[] {kept, without};
  }

  /**
   * The dates of one event's stored fields. Fields were checked when they were saved; a value that
   * cannot be read now leaves the event out of both lists (the lists used to fail on it) rather
   * than stop the upgrade, and is named in the log.
   */
  private static Optional<EventDates> datesOf(long itemId, String fields) {
    try {
      return EventDates.of(TypeFields.stored(ContentType.EVENT, fields));
    } catch (DateTimeException | ClassCastException | NullPointerException unreadable) {
      LOG.warning(
          () ->
              "Migration 45.1: the dates of event "
                  + itemId
                  + " cannot be read ("
                  + unreadable.getMessage()
                  + "); it stays out of the event lists until it is published again");
      return Optional.empty();
    }
  }

  private static OffsetDateTime utc(Instant instant) {
    return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
  }
}
