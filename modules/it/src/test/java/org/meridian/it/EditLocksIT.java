package org.meridian.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.meridian.it.ScheduledDrafts.GAMBIA_ADMIN;
import static org.meridian.it.ScheduledDrafts.GAMBIA_EDITOR;
import static org.meridian.it.ScheduledDrafts.GAMBIA_TIME;

import java.net.http.HttpResponse;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Soft edit locks on the suite's server: two people of the Gambia open the same item and each is
 * told about the other, in the office's time; the content list marks the item; a lock is a warning
 * only (the second save still meets the optimistic check); "Done editing" lifts the notice; and
 * another office never sees the Gambia's locks. (Expiry by time is {@code EditLockExpiryTest}: the
 * suite's server keeps the five-minute default.)
 */
@ExtendWith(MeridianServer.class)
@Tag("embedded-db") // also on H2: locking
class EditLocksIT {

  private static final String SENEGAL_EDITOR = "senegal.editor@meridian.example.org";
  private static final Pattern SINCE =
      Pattern.compile("has been editing this since (\\d\\d):(\\d\\d) \\(Africa/Banjul\\)");

  private static ScheduledDrafts drafts;

  @BeforeAll
  static void token() {
    drafts = ScheduledDrafts.on(MeridianServer.server());
  }

  /** A signed-in person with their own browser, who opens items in the editor. */
  private static final class Person extends ConsolePerson {

    Person(String email) {
      super(email);
    }

    Document editor(long item) {
      return open("/admin/content/edit.xhtml?item=" + item);
    }
  }

  private static String lockNotices(Document editor) {
    Element notices = editor.getElementById("lock-notice");
    assertThat(notices).as("the editor's lock notices").isNotNull();
    return notices.text();
  }

  private static Element row(Document list, long item) {
    return list.select("#content tbody tr").stream()
        .filter(r -> r.select("a.edit-link").attr("href").endsWith("item=" + item))
        .findFirst()
        .orElseThrow(() -> new AssertionError("item " + item + " is not in the content list"));
  }

  @Test
  void twoPeopleOnOneItemEachSeeTheOtherAndSinceWhenInTheOfficesTime() {
    long item = drafts.draft("Locked together " + ScheduledDrafts.unique());
    Person editor = new Person(GAMBIA_EDITOR);
    Person admin = new Person(GAMBIA_ADMIN);

    Document first = editor.editor(item);
    assertThat(lockNotices(first)).isEmpty();

    Document second = admin.editor(item);
    String told = lockNotices(second);
    assertThat(told)
        .contains("Fatou Jallow (gambia.editor@meridian.example.org) has been editing this since");
    Matcher since = SINCE.matcher(told);
    assertThat(since.find()).as(told).isTrue();
    LocalTime shown =
        LocalTime.of(Integer.parseInt(since.group(1)), Integer.parseInt(since.group(2)));
    LocalTime banjulNow = LocalTime.now(GAMBIA_TIME).truncatedTo(ChronoUnit.MINUTES);
    long apart = Math.abs(ChronoUnit.MINUTES.between(shown, banjulNow));
    assertThat(Math.min(apart, 24 * 60 - apart))
        .as("%s is the Gambia's time now (%s)", shown, banjulNow)
        .isLessThanOrEqualTo(2);
    assertThat(told).doesNotContain("Isatou Ceesay");

    Document firstAgain = editor.editor(item);
    assertThat(lockNotices(firstAgain))
        .contains("Isatou Ceesay (gambia.admin@meridian.example.org) has been editing this since")
        .doesNotContain("Fatou Jallow");

    Element marked = row(admin.open("/admin/index.xhtml"), item);
    assertThat(marked.select(".lock-marker").text()).isEqualTo("being edited by Fatou Jallow");
    Element own = row(editor.open("/admin/index.xhtml"), item);
    assertThat(own.select(".lock-marker").text()).isEqualTo("being edited by Isatou Ceesay");
  }

  @Test
  void theLockIsAWarningOnlyTheSecondSaveMeetsTheOptimisticCheck() {
    long item = drafts.draft("Warned, not walled " + ScheduledDrafts.unique());
    Person editor = new Person(GAMBIA_EDITOR);
    Person admin = new Person(GAMBIA_ADMIN);
    Document editorsPage = editor.editor(item);
    Document adminsPage = admin.editor(item);
    assertThat(lockNotices(adminsPage)).contains("Fatou Jallow");

    Document saved =
        editor.press(editorsPage, "edit:save", Map.of("edit:title", "Saved by the editor"));
    assertThat(saved.select(".notice").text()).contains("Saved as a new draft revision");
    assertThat(lockNotices(saved)).contains("Isatou Ceesay");

    Document refused =
        admin.press(adminsPage, "edit:save", Map.of("edit:title", "Saved by the admin"));
    assertThat(refused.select(".error").text())
        .contains("saved revision 2 while you were editing revision 1")
        .contains("Nothing was saved");
    assertThat(refused.getElementById("edit:title").attr("value")).isEqualTo("Saved by the admin");
    assertThat(lockNotices(refused)).contains("Fatou Jallow");

    Document reloaded = admin.editor(item);
    assertThat(reloaded.getElementById("edit:title").attr("value"))
        .isEqualTo("Saved by the editor");
    Document savedAfterReload =
        admin.press(reloaded, "edit:save", Map.of("edit:title", "Saved by the admin"));
    assertThat(savedAfterReload.select(".notice").text()).contains("Saved as a new draft revision");
  }

  @Test
  void doneEditingLiftsTheNoticeAndTheMarker() {
    long item = drafts.draft("Done with it " + ScheduledDrafts.unique());
    Person editor = new Person(GAMBIA_EDITOR);
    Person admin = new Person(GAMBIA_ADMIN);
    Document editorsPage = editor.editor(item);
    assertThat(lockNotices(admin.editor(item))).contains("Fatou Jallow");

    HttpResponse<String> left =
        FacesForms.submit(editor.browser, editorsPage, "lock", "lock:done", Map.of());
    assertThat(left.uri().getPath()).isEqualTo("/admin/index.xhtml");

    assertThat(lockNotices(admin.editor(item))).doesNotContain("Fatou Jallow");
    assertThat(row(admin.open("/admin/index.xhtml"), item).select(".lock-marker")).isEmpty();
    // The admin still has it open: the editor, coming back, is told so.
    assertThat(lockNotices(editor.editor(item))).contains("Isatou Ceesay");
  }

  @Test
  void anotherOfficeNeverSeesTheGambiasLocks() {
    long item = drafts.draft("Gambia's secret edit " + ScheduledDrafts.unique());
    Person editor = new Person(GAMBIA_EDITOR);
    Person admin = new Person(GAMBIA_ADMIN);
    editor.editor(item);
    admin.editor(item);
    Person senegal = new Person(SENEGAL_EDITOR);

    Document list = senegal.open("/admin/index.xhtml");
    // Senegal's own people may hold locks on Senegal's items (other tests open them): never
    // Gambia's.
    assertThat(list.select(".lock-marker").text())
        .doesNotContain("Fatou Jallow")
        .doesNotContain("Isatou Ceesay");
    assertThat(list.text()).doesNotContain("Fatou Jallow").doesNotContain("Isatou Ceesay");

    Element firstOwn = list.selectFirst("#content a.edit-link");
    assertThat(firstOwn).as("Senegal has items of its own").isNotNull();
    Document ownEditor = senegal.open(firstOwn.attr("href"));
    // (someone of Senegal may be editing it: another test's publisher; never the Gambia's people)
    assertThat(lockNotices(ownEditor)).doesNotContain("Fatou Jallow").doesNotContain("Isatou Ceesay");
    assertThat(ownEditor.text()).doesNotContain("Fatou Jallow").doesNotContain("Isatou Ceesay");

    HttpResponse<String> gambiasItem =
        senegal.browser.get("/admin/content/edit.xhtml?item=" + item);
    assertThat(gambiasItem.statusCode()).isEqualTo(404);
    assertThat(gambiasItem.body()).doesNotContain("Fatou Jallow");
    // Trying did not leave a lock of Senegal's on the Gambia's item.
    assertThat(lockNotices(editor.editor(item)))
        .contains("Isatou Ceesay")
        .doesNotContain("Awa Diop");
  }
}
