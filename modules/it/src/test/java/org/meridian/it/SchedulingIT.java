package org.meridian.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.meridian.it.ScheduledDrafts.GAMBIA_EDITOR;
import static org.meridian.it.ScheduledDrafts.gambiaNow;
import static org.meridian.it.ScheduledDrafts.schedule;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The schedule screen on the suite's server: schedules are typed in the office's time, bad times
 * are refused on the field with nothing written, pending ones can be cancelled, and another
 * office's items are out of reach. (That schedules run on time, exactly once, on two servers, is
 * {@link ScheduledPublishingIT}.)
 */
@ExtendWith(MeridianServer.class)
class SchedulingIT {

  private static ScheduledDrafts drafts;

  @BeforeAll
  static void token() {
    drafts = ScheduledDrafts.on(MeridianServer.server());
  }

  private static List<String> rows(Document page) {
    return page.select("form#schedules table tbody tr").eachText().stream()
        .filter(row -> !row.contains("Nothing is scheduled"))
        .toList();
  }

  @Test
  void aTimeThatHasPassedIsRefusedOnTheFieldAndNothingIsWritten() {
    long item = drafts.draft("Past schedule " + ScheduledDrafts.unique());
    ConsoleSession editor = ConsoleSession.signIn(GAMBIA_EDITOR);

    Document refused = schedule(editor, item, "PUBLISH", gambiaNow().minusHours(2));

    assertThat(refused.select(".field-error").text()).contains("has already passed");
    assertThat(rows(refused)).isEmpty();
    assertThat(rows(editor.open("/admin/content/schedule.xhtml?item=" + item))).isEmpty();
  }

  @Test
  void malformedDatesAndTimesAreRefusedOnTheirFields() {
    long item = drafts.draft("Malformed schedule " + ScheduledDrafts.unique());
    ConsoleSession editor = ConsoleSession.signIn(GAMBIA_EDITOR);

    Document refused = schedule(editor, item, "PUBLISH", "2026-02-31", "25:99");

    assertThat(refused.select(".field-error").eachText())
        .containsExactly("Give the date as YYYY-MM-DD", "Give the time as HH:MM");
    assertThat(rows(refused)).isEmpty();
    assertThat(refused.text()).doesNotContain("Exception");
  }

  @Test
  void aPendingScheduleIsListedInTheOfficesTimeAndCanBeCancelled() {
    long item = drafts.draft("Cancelled schedule " + ScheduledDrafts.unique());
    ConsoleSession editor = ConsoleSession.signIn(GAMBIA_EDITOR);
    LocalDateTime tomorrow = gambiaNow().plusDays(1).withHour(9).withMinute(30).withSecond(0);

    Document scheduled = schedule(editor, item, "PUBLISH", tomorrow);

    assertThat(scheduled.select(".notice").text())
        .contains("Revision 1 will be published")
        .contains(tomorrow.toLocalDate() + " 09:30 (Africa/Banjul)");
    assertThat(rows(scheduled)).singleElement().asString().contains("PENDING");

    Element cancel = scheduled.selectFirst("input[type=submit][value=Cancel]");
    assertThat(cancel).isNotNull();
    Document cancelled = editor.submit(scheduled, "schedules", Map.of(), cancel.attr("name"));
    assertThat(cancelled.select(".notice").text()).contains("Schedule cancelled");
    assertThat(rows(cancelled)).singleElement().asString().contains("CANCELLED");
    assertThat(cancelled.select("input[type=submit][value=Cancel]")).isEmpty();
    assertThat(drafts.isLive(item)).isFalse();
  }

  @Test
  void anotherOfficesItemCannotBeSeenOrScheduled() {
    String title = "Gambia only " + ScheduledDrafts.unique();
    long item = drafts.draft(title);
    ConsoleSession senegal = ConsoleSession.signIn("senegal.editor@meridian.example.org");

    Document page = senegal.open("/admin/content/schedule.xhtml?item=" + item);

    assertThat(page.getElementById("not-found")).isNotNull();
    assertThat(page.text()).doesNotContain(title);
    assertThat(page.getElementById("schedule")).isNull();
  }

  @Test
  void aMissingOrMalformedItemIdSaysSo() {
    ConsoleSession editor = ConsoleSession.signIn(GAMBIA_EDITOR);
    for (String id : List.of("", "abc", "99999999", "-1")) {
      Document page = editor.open("/admin/content/schedule.xhtml?item=" + id);
      assertThat(page.getElementById("not-found")).as("item=%s", id).isNotNull();
    }
  }
}
