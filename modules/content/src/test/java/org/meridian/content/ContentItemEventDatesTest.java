package org.meridian.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.meridian.content.fields.TypeFields;
import org.meridian.tenancy.office.LanguageTag;

/**
 * The dates an item keeps of its live revision's event (what the public lists of upcoming and past
 * events are read by): the start and end as instants, the end being the start when there is none,
 * and nothing unless the item is a live event with a start. One row per case: the item's type, the
 * event's start and end as an editor gives them ({@code local@zone}, empty: none), what happens to
 * the item, and the dates it keeps (empty: none).
 */
class ContentItemEventDatesTest {

  private static final Instant AT = Instant.parse("2026-05-01T08:00:00Z");

  /** Other dates, for a second revision of the same event. */
  private static final String MOVED_START = "2027-01-01T10:00@UTC";

  private static final String MOVED_END = "2027-01-01T11:00@UTC";

  /** What happens to the item after its first revision is saved. */
  enum Step {
    /** Nothing: a draft. */
    SAVE,
    /** Its revision goes live. */
    PUBLISH,
    /** It goes live, then offline. */
    PUBLISH_UNPUBLISH,
    /** It goes live, then to the trash. */
    PUBLISH_TRASH,
    /** It goes live; then a second revision with the moved dates is saved, not published. */
    PUBLISH_SAVE_MOVED,
    /** It goes live; then a second revision with the moved dates goes live. */
    PUBLISH_PUBLISH_MOVED
  }

  @ParameterizedTest(name = "{0} {1} to {2}, {3}: {4} to {5}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          # type | start                          | end                              | step                  | kept start           | kept end
          EVENT  | 2026-06-01T09:00@Africa/Banjul | 2026-06-01T16:00@Africa/Banjul   | PUBLISH               | 2026-06-01T09:00:00Z | 2026-06-01T16:00:00Z
          EVENT  | 2026-06-01T09:00@Africa/Nairobi| 2026-06-01T16:00@Africa/Nairobi  | PUBLISH               | 2026-06-01T06:00:00Z | 2026-06-01T13:00:00Z
          EVENT  | 2026-07-14T20:00@Europe/Paris  | 2026-07-14T23:30@Europe/Paris    | PUBLISH               | 2026-07-14T18:00:00Z | 2026-07-14T21:30:00Z
          EVENT  | 2026-01-14T20:00@Europe/Paris  | 2026-01-14T23:30@Europe/Paris    | PUBLISH               | 2026-01-14T19:00:00Z | 2026-01-14T22:30:00Z
          EVENT  | 2026-03-29T01:30@Europe/Paris  | 2026-03-29T03:30@Europe/Paris    | PUBLISH               | 2026-03-29T00:30:00Z | 2026-03-29T01:30:00Z
          EVENT  | 2026-06-01T09:00@Africa/Dakar  | 2026-06-01T08:00@America/New_York| PUBLISH               | 2026-06-01T09:00:00Z | 2026-06-01T12:00:00Z
          EVENT  | 2026-06-01T09:00@Asia/Riyadh   |                                  | PUBLISH               | 2026-06-01T06:00:00Z | 2026-06-01T06:00:00Z
          EVENT  |                                | 2026-06-01T16:00@Africa/Banjul   | PUBLISH               |                      |
          EVENT  |                                |                                  | PUBLISH               |                      |
          NEWS   | 2026-06-01T09:00@Africa/Banjul | 2026-06-01T16:00@Africa/Banjul   | PUBLISH               |                      |
          PAGE   |                                |                                  | PUBLISH               |                      |
          EVENT  | 2026-06-01T09:00@Africa/Banjul | 2026-06-01T16:00@Africa/Banjul   | SAVE                  |                      |
          EVENT  | 2026-06-01T09:00@Africa/Banjul | 2026-06-01T16:00@Africa/Banjul   | PUBLISH_UNPUBLISH     |                      |
          EVENT  | 2026-06-01T09:00@Africa/Banjul | 2026-06-01T16:00@Africa/Banjul   | PUBLISH_TRASH         |                      |
          EVENT  | 2026-06-01T09:00@Africa/Banjul | 2026-06-01T16:00@Africa/Banjul   | PUBLISH_SAVE_MOVED    | 2026-06-01T09:00:00Z | 2026-06-01T16:00:00Z
          EVENT  | 2026-06-01T09:00@Africa/Banjul | 2026-06-01T16:00@Africa/Banjul   | PUBLISH_PUBLISH_MOVED | 2027-01-01T10:00:00Z | 2027-01-01T11:00:00Z
          EVENT  |                                |                                  | PUBLISH_PUBLISH_MOVED | 2027-01-01T10:00:00Z | 2027-01-01T11:00:00Z
          """)
  void anItemKeepsTheDatesOfItsLiveEvent(
      ContentType type, String start, String end, Step step, Instant keptStart, Instant keptEnd) {
    ContentItem item = new ContentItem(type, new LanguageTag("en"), new Slug("item"));
    Revision first = revision(item, start, end);

    switch (step) {
      case SAVE -> {}
      case PUBLISH -> item.goLive(first, AT);
      case PUBLISH_UNPUBLISH -> {
        item.goLive(first, AT);
        item.goOffline();
      }
      case PUBLISH_TRASH -> {
        item.goLive(first, AT);
        item.moveToTrash("editor@example.org", AT);
      }
      case PUBLISH_SAVE_MOVED -> {
        item.goLive(first, AT);
        revision(item, MOVED_START, MOVED_END);
      }
      case PUBLISH_PUBLISH_MOVED -> {
        item.goLive(first, AT);
        item.goLive(revision(item, MOVED_START, MOVED_END), AT.plusSeconds(60));
      }
    }

    if (keptStart == null) {
      assertThat(item.eventDates()).isEmpty();
    } else {
      assertThat(item.eventDates()).contains(new EventDates(keptStart, keptEnd));
    }
  }

  /**
   * A new revision of {@code item} with these event dates, stored as the editor's form keeps them.
   */
  private static Revision revision(ContentItem item, String start, String end) {
    StringBuilder json = new StringBuilder("{");
    if (start != null) {
      json.append("\"start\":").append(dateTime(start));
    }
    if (end != null) {
      json.append(start != null ? "," : "").append("\"end\":").append(dateTime(end));
    }
    json.append("}");
    return item.newRevision(
        new RevisionInput("Title", "Summary", "<p>Body</p>"),
        TypeFields.stored(item.type(), json.toString()),
        "editor@example.org");
  }

  /** {@code 2026-06-01T09:00@Africa/Banjul} as the stored {@code {"local":…,"zone":…}}. */
  private static String dateTime(String localAtZone) {
    String[] parts = localAtZone.split("@");
    return "{\"local\":\"" + parts[0] + "\",\"zone\":\"" + parts[1] + "\"}";
  }
}
