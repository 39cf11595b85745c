package org.meridian.content.alert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.meridian.tenancy.health.DatabaseAvailability;

/** The alert board keeps its last good reading when the database cannot give another. */
class AlertBoardOutageTest {

  private static final Instant NOW = Instant.parse("2026-12-07T09:00:00Z");
  private static final List<AlertBoard.Entry> ONE =
      List.of(
          new AlertBoard.Entry(
              1, null, NOW.minusSeconds(60), NOW.plusSeconds(3600), "", Map.of("en", "Storm")));

  private final List<String> log = new ArrayList<>();
  private final DatabaseAvailability database =
      new DatabaseAvailability(Clock.systemUTC(), log::add);
  private final AlertBoard board = new AlertBoard("5", database);
  private final AtomicInteger reads = new AtomicInteger();

  private Supplier<List<AlertBoard.Entry>> reading(List<AlertBoard.Entry> answer) {
    return () -> {
      reads.incrementAndGet();
      return answer;
    };
  }

  private Supplier<List<AlertBoard.Entry>> failing() {
    return () -> {
      reads.incrementAndGet();
      throw new jakarta.persistence.PersistenceException("connection refused");
    };
  }

  @Test
  void aFailedReadKeepsTheLastGoodBoardAndTriesAgainOnlyAnIntervalLater() {
    assertThat(board.current(NOW, reading(ONE))).isEqualTo(ONE);
    assertThat(board.current(NOW.plusSeconds(6), failing())).isEqualTo(ONE);
    assertThat(reads).hasValue(2);
    assertThat(board.current(NOW.plusSeconds(7), failing()))
        .as("not asked again within the interval")
        .isEqualTo(ONE);
    assertThat(reads).hasValue(2);
    assertThat(board.current(NOW.plusSeconds(12), reading(List.of()))).isEmpty();
  }

  @Test
  void whileTheDatabaseIsAwayTheBoardIsNotReadAtAll() {
    board.current(NOW, reading(ONE));
    database.down("refused");
    board.forget();
    assertThat(board.current(NOW.plusSeconds(1), failing())).isEqualTo(ONE);
    assertThat(reads).hasValue(1);
    database.up();
    assertThat(board.current(NOW.plusSeconds(2), reading(List.of()))).isEmpty();
  }

  @Test
  void withoutAnyBoardReadYetAFailureIsTheCallers() {
    assertThatThrownBy(() -> board.current(NOW, failing()))
        .isInstanceOf(jakarta.persistence.PersistenceException.class);
  }

  @Test
  void anOldBoardIsReadAgainBesideThePagesNeverOnTheirWay() {
    List<Runnable> beside = new ArrayList<>();
    AlertBoard board = new AlertBoard("5", database, beside::add);
    assertThat(board.current(NOW, reading(ONE)))
        .as("the first reading: nothing to show before")
        .isEqualTo(ONE);
    assertThat(beside).isEmpty();
    // A database that has just stopped answering would hold a page for its timeout here.
    assertThat(board.current(NOW.plusSeconds(6), reading(List.of())))
        .as("a page after the interval shows the board it has")
        .isEqualTo(ONE);
    assertThat(board.current(NOW.plusSeconds(6), reading(List.of()))).isEqualTo(ONE);
    assertThat(reads).as("nothing read on the pages' way").hasValue(1);
    assertThat(beside).as("one reading at a time").hasSize(1);
    beside.get(0).run();
    assertThat(reads).hasValue(2);
    assertThat(board.current(NOW.plusSeconds(7), failing())).as("the new board").isEmpty();
  }

  @Test
  void aForgottenBoardIsReadOnThePagesWayAChangeShowsAtOnce() {
    List<Runnable> beside = new ArrayList<>();
    AlertBoard board = new AlertBoard("5", database, beside::add);
    board.current(NOW, reading(List.of()));
    board.forget();
    assertThat(board.current(NOW.plusSeconds(1), reading(ONE))).isEqualTo(ONE);
    assertThat(beside).isEmpty();
  }

  @Test
  void aReadingBesideThePagesThatFailsKeepsTheBoardAndTellsTheDatabaseWatch() {
    List<Runnable> beside = new ArrayList<>();
    AlertBoard board = new AlertBoard("5", database, beside::add);
    List<Throwable> suspected = new ArrayList<>();
    database.watchedBy(() -> suspected.add(new IllegalStateException("asked")));
    board.current(NOW, reading(ONE));
    board.current(NOW.plusSeconds(6), timingOut());
    beside.get(0).run();
    assertThat(suspected).as("the watch asked at once").hasSize(1);
    assertThat(board.current(NOW.plusSeconds(7), failing()))
        .as("kept, and not asked again within the interval")
        .isEqualTo(ONE);
    assertThat(reads).hasValue(2);
  }

  private Supplier<List<AlertBoard.Entry>> timingOut() {
    return () -> {
      reads.incrementAndGet();
      throw new jakarta.persistence.PersistenceException(
          new java.net.SocketTimeoutException("Read timed out"));
    };
  }
}
