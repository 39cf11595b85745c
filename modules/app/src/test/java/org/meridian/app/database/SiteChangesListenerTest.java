package org.meridian.app.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.meridian.site.CacheGenerations;
import org.meridian.site.CacheSync;
import org.meridian.tenancy.health.DatabaseAvailability;

/**
 * The listener against the machine's PostgreSQL: an announced change has the sync look at once, and
 * a database that comes back is listened to again, with one look for what was missed.
 */
class SiteChangesListenerTest {

  private final DatabaseAvailability availability =
      new DatabaseAvailability(Clock.systemUTC(), line -> {});
  private final AtomicInteger looks = new AtomicInteger();
  private final CacheSync sync =
      new CacheSync() {
        @Override
        public void lookNow() {
          looks.incrementAndGet();
        }
      };
  private final SiteChangesListener listener =
      new SiteChangesListener(availability, sync, Executors.defaultThreadFactory());

  @AfterEach
  void stop() {
    listener.stop();
  }

  @Test
  void anAnnouncedChangeHasTheSyncLookAtOnce() throws Exception {
    DataSource postgres = postgres();
    listener.start(postgres);
    await(() -> looks.get() >= 1, 3000); // one look once listening: what was missed before
    for (int round = 0; round < 3; round++) {
      int before = looks.get();
      long sent = System.nanoTime();
      announce(postgres);
      await(() -> looks.get() > before, 2000);
      assertThat((System.nanoTime() - sent) / 1_000_000)
          .as("ms from the announcement to the look")
          .isLessThan(500);
    }
  }

  @Test
  void afterAnOutageItListensAgainAndLooksOnce() throws Exception {
    DataSource postgres = postgres();
    listener.start(postgres);
    await(() -> looks.get() >= 1, 3000);
    availability.down("test");
    Thread.sleep(SiteChangesListener.WAIT_MILLIS * 2L);
    int during = looks.get();
    announce(postgres);
    Thread.sleep(300);
    assertThat(looks).as("no listening while the database is away").hasValue(during);

    availability.up();
    await(() -> looks.get() > during, 3000);
    int back = looks.get();
    announce(postgres);
    await(() -> looks.get() > back, 2000);
  }

  private static DataSource postgres() {
    DataSource postgres =
        DatabaseTimeouts.direct(
            new DatabaseSettings(
                "jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres", "postgres", ""),
            1);
    try (Connection connection = postgres.getConnection()) {
      Assumptions.assumeTrue(connection.isValid(1), "no PostgreSQL on 127.0.0.1:5432");
    } catch (SQLException e) {
      Assumptions.abort("no PostgreSQL on 127.0.0.1:5432");
    }
    return postgres;
  }

  private static void announce(DataSource postgres) throws SQLException {
    try (Connection other = postgres.getConnection();
        Statement statement = other.createStatement()) {
      statement.execute("notify " + CacheGenerations.CHANNEL);
    }
  }

  private static void await(BooleanSupplier condition, long millis) throws InterruptedException {
    long until = System.nanoTime() + millis * 1_000_000;
    while (!condition.getAsBoolean()) {
      assertThat(System.nanoTime()).as("not within %d ms", millis).isLessThan(until);
      Thread.sleep(10);
    }
  }
}
