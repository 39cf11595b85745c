package org.meridian.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.meridian.it.ScheduledDrafts.GAMBIA_EDITOR;
import static org.meridian.it.ScheduledDrafts.gambiaNow;
import static org.meridian.it.ScheduledDrafts.schedule;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Scheduled publishing across servers, as in production: changes due while two servers run on one
 * database are carried out once — by exactly one of them — within seconds of their time, and both
 * servers' page caches follow; a change that came due while no server ran is carried out when one
 * starts. Every test server looks for due changes every second, so that servers compete for every
 * change. (That claims are exclusive, whoever races, is proven in-container by {@code
 * ScheduledClaimsIT}.)
 */
@ExtendWith(MeridianServer.class)
@NeedsSecondServer
class ScheduledPublishingIT {

  private static final Duration PATIENCE = Duration.ofSeconds(45);

  /** The pass on PostgreSQL: the suite server and {@code node-b} on the suite's database. */
  @Test
  void dueChangesAreCarriedOutOnceByOneOfTwoServersAndBothCachesFollow() throws Exception {
    MeridianServer.Running a = MeridianServer.server();
    MeridianServer.Running b = MeridianServer.second();
    ScheduledDrafts onA = ScheduledDrafts.on(a);
    ScheduledDrafts onB = ScheduledDrafts.on(b);
    List<Long> contested =
        List.of(
            onA.draft("Contested one"), onA.draft("Contested two"), onA.draft("Contested three"));

    // Changes due while both run: each carried out once, by one server.
    ConsoleSession editor = ConsoleSession.signIn(a, GAMBIA_EDITOR);
    // Far enough ahead that the three schedules are all taken before it, on a busy machine too.
    LocalDateTime due = gambiaNow().plusSeconds(6);
    for (long item : contested) {
      schedule(editor, item, "PUBLISH", due);
    }
    for (long item : contested) {
      await(() -> onB.isLive(item), "contested item " + item);
    }

    // A page cached by one server is dropped when the other publishes what it shows.
    String title = "Published on the suite server " + ScheduledDrafts.unique();
    long late = onA.draft(title);
    Browser visitorOfB = new Browser(b);
    assertThat(visitorOfB.get("/gambia/en/news").body()).doesNotContain(title);
    assertThat(visitorOfB.get("/gambia/en/news").body())
        .as("served from b's cache")
        .doesNotContain(title);
    editor.submit(
        editor.open("/admin/content/edit.xhtml?item=" + late),
        "publishing",
        java.util.Map.of(),
        "publishing:publish");
    assertThat(new Browser(a).get("/gambia/en/news").body()).contains(title);
    await(
        () -> visitorOfB.get("/gambia/en/news").body().contains(title),
        "node-b's cached news list showing what the suite server published");

    // Counted last, seconds after the changes were done: a late second run would show by now.
    for (long item : contested) {
      assertThat(timesDone(item, a.logText(), b.logText()))
          .as("times item %s was published by a server", item)
          .isEqualTo(1);
      String page = editor.open("/admin/content/schedule.xhtml?item=" + item).text();
      assertThat(page).contains("DONE").contains("published revision 1");
    }
    assertThat(MeridianServer.boots()).as("servers booted in this pass").isLessThanOrEqualTo(2);
  }

  /**
   * The pass on the embedded database: the suite server stops before a change comes due, and {@code
   * meridian.jar} started again on the same data carries it out at once.
   */
  @Test
  @Tag("embedded-db")
  @Tag("embedded-db-only")
  void aChangeThatCameDueWhileNoServerRanIsCarriedOutWhenOneStarts() throws Exception {
    MeridianServer.Running before = MeridianServer.server();
    ScheduledDrafts drafts = ScheduledDrafts.on(before);
    long whileDown = drafts.draft("Published after a downtime");
    // Far enough ahead that the server has stopped before it, on a busy machine too.
    LocalDateTime dueWhileDown = gambiaNow().plusSeconds(12);
    Instant dueAt = dueWhileDown.atZone(ScheduledDrafts.GAMBIA_TIME).toInstant();
    schedule(ConsoleSession.signIn(before, GAMBIA_EDITOR), whileDown, "PUBLISH", dueWhileDown);

    MeridianServer.Running after =
        MeridianServer.restartSuite(
            () -> {
              assertThat(Instant.now())
                  .as("the server stopped before the change came due")
                  .isBefore(dueAt);
              // The embedded database judges "due" by this machine's clock: the change comes due
              // while no server runs.
              awaitUnchecked(() -> Instant.now().isAfter(dueAt.plusMillis(500)), "the due time");
            });
    ScheduledDrafts onRestarted = ScheduledDrafts.on(after);
    await(() -> onRestarted.isLive(whileDown), "the change missed while no server ran");
    assertThat(timesDone(whileDown, after.logText())).isEqualTo(1);
    assertThat(after.logText()).containsPattern("\\(item " + whileDown + "\\) of gambia done by ");
    // The stop was SIGTERM's drain, and no background task outlived the database (H2's own exit
    // hook closed it under them before DB_CLOSE_ON_EXIT=FALSE).
    assertThat(after.logText())
        .contains("Meridian is stopping: waiting up to")
        .doesNotContain("Database is already closed");
    assertThat(MeridianServer.boots()).as("servers booted in this pass").isLessThanOrEqualTo(2);
  }

  private static long timesDone(long item, String... logs) {
    Pattern done = Pattern.compile("\\(item " + item + "\\) of gambia done by ");
    return Stream.of(logs).mapToLong(log -> done.matcher(log).results().count()).sum();
  }

  private static void await(BooleanSupplier condition, String what) throws InterruptedException {
    Instant deadline = Instant.now().plus(PATIENCE);
    while (!condition.getAsBoolean()) {
      if (Instant.now().isAfter(deadline)) {
        throw new AssertionError("Not done within " + PATIENCE + ": " + what);
      }
      Thread.sleep(100);
    }
  }

  private static void awaitUnchecked(BooleanSupplier condition, String what) {
    try {
      await(condition, what);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
