package org.meridian.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.meridian.it.ScheduledDrafts.GAMBIA_EDITOR;
import static org.meridian.it.ScheduledDrafts.gambiaNow;
import static org.meridian.it.ScheduledDrafts.schedule;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Scheduled publishing with two servers on one database, as in production: a change that came due
 * while no server ran is carried out when they start, and changes due while both run are carried
 * out once — by exactly one of them — within seconds of their time. The servers look for due
 * changes every second here, so that both compete for every change.
 */
@ExtendWith(MeridianServer.class)
class ScheduledPublishingIT {

  private static final Duration PATIENCE = Duration.ofSeconds(45);
  private final List<MeridianServer.Running> started = new ArrayList<>();

  /** Both servers use the suite's PostgreSQL when it has one, else one shared H2 database. */
  private static Map<String, String> env(String node, Path sharedH2) {
    Map<String, String> env = new java.util.HashMap<>();
    env.put("MERIDIAN_SCHEDULE_INTERVAL_SECONDS", "1");
    env.put("MERIDIAN_NODE_NAME", node);
    if (!MeridianServer.usesExternalDatabase()) {
      env.put(
          "MERIDIAN_DB_URL",
          "jdbc:h2:file:"
              + sharedH2.resolve("meridian").toAbsolutePath()
              + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;AUTO_SERVER=TRUE");
    }
    return env;
  }

  @AfterEach
  void stopServers() {
    started.forEach(MeridianServer.Running::close);
  }

  private MeridianServer.Running start(String node, Path db) {
    MeridianServer.Running server = MeridianServer.start(env(node, db), node);
    started.add(server);
    return server;
  }

  @Test
  void dueChangesAreCarriedOutOnceByOneOfTwoServersEvenAfterADowntimeAndBothCachesFollow()
      throws Exception {
    Path db = freshDirectory(Path.of("target/it-server/scheduling-shared-db"));

    // 1. One server: drafts and a schedule a little ahead, then the server stops before it is due.
    MeridianServer.Running first = start("node-a", db);
    ScheduledDrafts drafts = ScheduledDrafts.on(first);
    long whileDown = drafts.draft("Published after a downtime");
    List<Long> contested =
        List.of(
            drafts.draft("Contested one"),
            drafts.draft("Contested two"),
            drafts.draft("Contested three"));
    LocalDateTime dueWhileDown = gambiaNow().plusSeconds(25);
    schedule(ConsoleSession.signIn(first, GAMBIA_EDITOR), whileDown, "PUBLISH", dueWhileDown);
    first.close();
    started.remove(first);
    Instant stopped = Instant.now();
    assertThat(stopped)
        .as("the server stopped before the change came due")
        .isBefore(dueWhileDown.atZone(ScheduledDrafts.GAMBIA_TIME).toInstant());
    sleepUntil(dueWhileDown.plusSeconds(2));

    // 2. Two servers start on the same database: one of them catches up on the missed change.
    // One after the other: two Payara Micros binding their listeners at the same moment can race.
    MeridianServer.Running a = start("node-a", db);
    MeridianServer.Running b = start("node-b", db);
    ScheduledDrafts onB = ScheduledDrafts.on(b);
    await(() -> onB.isLive(whileDown), "the change missed while no server ran");

    // 3. Changes due while both run: each carried out once, by one server.
    ConsoleSession editor = ConsoleSession.signIn(a, GAMBIA_EDITOR);
    LocalDateTime due = gambiaNow().plusSeconds(6);
    for (long item : contested) {
      schedule(editor, item, "PUBLISH", due);
    }
    for (long item : contested) {
      await(() -> onB.isLive(item), "contested item " + item);
    }
    // Give a second run on the other server every chance to happen before counting.
    Thread.sleep(3_000);

    List<String> logs = new ArrayList<>(List.of(a.logText(), b.logText()));
    if (MeridianServer.usesExternalDatabase()) {
      // On PostgreSQL the suite's own server shares the database, and may win too.
      logs.add(MeridianServer.server().logText());
    }
    for (long item : Stream.concat(Stream.of(whileDown), contested.stream()).toList()) {
      Pattern done = Pattern.compile("\\(item " + item + "\\) of gambia done by ");
      long times = logs.stream().mapToLong(log -> done.matcher(log).results().count()).sum();
      assertThat(times).as("times item %s was published by a server", item).isEqualTo(1);
      String page = editor.open("/admin/content/schedule.xhtml?item=" + item).text();
      assertThat(page).contains("DONE").contains("published revision 1");
    }

    // 4. A page cached by one server is dropped when the other publishes what it shows.
    String title = "Published on node-a " + ScheduledDrafts.unique();
    long late = ScheduledDrafts.on(a).draft(title);
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
        "node-b's cached news list showing what node-a published");
  }

  private static void await(BooleanSupplier condition, String what) throws InterruptedException {
    Instant deadline = Instant.now().plus(PATIENCE);
    while (!condition.getAsBoolean()) {
      if (Instant.now().isAfter(deadline)) {
        throw new AssertionError("Not done within " + PATIENCE + ": " + what);
      }
      Thread.sleep(250);
    }
  }

  private static void sleepUntil(LocalDateTime gambiaTime) throws InterruptedException {
    Instant until = gambiaTime.atZone(ScheduledDrafts.GAMBIA_TIME).toInstant();
    long millis = Duration.between(Instant.now(), until).toMillis();
    if (millis > 0) {
      Thread.sleep(millis);
    }
  }

  private static Path freshDirectory(Path dir) {
    try {
      if (Files.exists(dir)) {
        try (Stream<Path> paths = Files.walk(dir)) {
          paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
      }
      return Files.createDirectories(dir);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
