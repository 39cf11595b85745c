package org.meridian.app.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Migration 45.1 on the real schema (H2, as the embedded database runs it): a database at V45 with
 * events published before it gets each live event's dates, read from its live revision as a
 * publication writes them, and nothing else changes.
 */
class EventDatesBackfillTest {

  private static final String BANJUL_EVENT =
      "{\"start\":{\"local\":\"2026-06-01T09:00\",\"zone\":\"Africa/Banjul\"},"
          + "\"end\":{\"local\":\"2026-06-01T16:00\",\"zone\":\"Africa/Banjul\"},"
          + "\"venue\":\"Banjul\"}";
  private static final String NAIROBI_WITHOUT_END =
      "{\"start\":{\"local\":\"2026-06-01T09:00\",\"zone\":\"Africa/Nairobi\"}}";
  private static final String UNREADABLE_ZONE =
      "{\"start\":{\"local\":\"2026-06-01T09:00\",\"zone\":\"Mars/Olympus\"}}";

  private String url;
  private long nextId = 100;

  @BeforeEach
  void databaseAtVersion45() {
    url =
        "jdbc:h2:mem:event-dates-"
            + System.nanoTime()
            + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
    flyway().target("45").load().migrate();
  }

  private org.flywaydb.core.api.configuration.FluentConfiguration flyway() {
    return Flyway.configure()
        .dataSource(url, "sa", "")
        .locations("classpath:db/migration")
        .javaMigrations(new EventDatesBackfill());
  }

  @Test
  void liveEventsGetTheirLiveRevisionsDatesAndNothingElseDoes() throws SQLException {
    long banjul;
    long nairobi;
    long draft;
    long news;
    long unreadable;
    long republished;
    try (Connection c = connection()) {
      banjul = item(c, "EVENT", BANJUL_EVENT, true);
      nairobi = item(c, "EVENT", NAIROBI_WITHOUT_END, true);
      draft = item(c, "EVENT", BANJUL_EVENT, false);
      news = item(c, "NEWS", "{}", true);
      unreadable = item(c, "EVENT", UNREADABLE_ZONE, true);
      // Live with revision 1; a newer draft moves it, unpublished.
      republished = item(c, "EVENT", BANJUL_EVENT, true);
      revision(c, republished, 2, NAIROBI_WITHOUT_END, false);
    }

    int applied = flyway().load().migrate().migrationsExecuted;

    assertThat(applied).isEqualTo(1);
    assertThat(dates(banjul)).containsExactly("2026-06-01T09:00:00Z", "2026-06-01T16:00:00Z");
    assertThat(dates(nairobi)).containsExactly("2026-06-01T06:00:00Z", "2026-06-01T06:00:00Z");
    assertThat(dates(republished)).containsExactly("2026-06-01T09:00:00Z", "2026-06-01T16:00:00Z");
    assertThat(dates(draft)).containsExactly(null, null);
    assertThat(dates(news)).containsExactly(null, null);
    assertThat(dates(unreadable)).containsExactly(null, null);
    assertThat(flyway().load().info().current().getVersion().getVersion()).isEqualTo("45.1");
    assertThat(flyway().load().migrate().migrationsExecuted).isZero();
  }

  private Connection connection() throws SQLException {
    Connection c = DriverManager.getConnection(url, "sa", "");
    try (Statement s = c.createStatement()) {
      // Rows of content_item and revision alone: the office they name is not there.
      s.execute("set referential_integrity false");
    }
    return c;
  }

  /** An item of office 1 with revision 1 holding {@code fields}, live or a draft; its id. */
  private long item(Connection c, String type, String fields, boolean live) throws SQLException {
    long id = nextId++;
    try (PreparedStatement s =
        c.prepareStatement(
            "insert into content_item (id, version, created_at, modified_at, office_id,"
                + " content_type, language, slug) values (?, 1, current_timestamp,"
                + " current_timestamp, 1, ?, 'en', ?)")) {
      s.setLong(1, id);
      s.setString(2, type);
      s.setString(3, "item-" + id);
      s.executeUpdate();
    }
    revision(c, id, 1, fields, live);
    return id;
  }

  private void revision(Connection c, long item, int number, String fields, boolean live)
      throws SQLException {
    long id = nextId++;
    try (PreparedStatement s =
        c.prepareStatement(
            "insert into revision (id, version, created_at, modified_at, office_id, item_id,"
                + " revision_number, title, summary, body, author, fields) values (?, 1,"
                + " current_timestamp, current_timestamp, 1, ?, ?, 'Title', '', '<p>Body</p>',"
                + " 'editor@example.org', ?)")) {
      s.setLong(1, id);
      s.setLong(2, item);
      s.setInt(3, number);
      s.setString(4, fields);
      s.executeUpdate();
    }
    try (PreparedStatement s =
        c.prepareStatement(
            "update content_item set latest_revision_id = ?"
                + (live ? ", live_revision_id = ?" : "")
                + " where id = ?")) {
      s.setLong(1, id);
      if (live) {
        s.setLong(2, id);
      }
      s.setLong(live ? 3 : 2, item);
      s.executeUpdate();
    }
  }

  /** The item's event start and end as ISO instants, {@code null} where there is none. */
  private List<String> dates(long item) throws SQLException {
    try (Connection c = DriverManager.getConnection(url, "sa", "");
        PreparedStatement s =
            c.prepareStatement("select event_start, event_end from content_item where id = ?")) {
      s.setLong(1, item);
      try (ResultSet rs = s.executeQuery()) {
        rs.next();
        List<String> out = new ArrayList<>();
        for (String column : List.of("event_start", "event_end")) {
          OffsetDateTime at = rs.getObject(column, OffsetDateTime.class);
          out.add(at == null ? null : Instant.from(at).toString());
        }
        return out;
      }
    }
  }
}
