package org.meridian.app.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.function.BooleanSupplier;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.meridian.tenancy.health.DatabaseAvailability;

/**
 * The watch against a database that accepts connections and never answers (a socket that reads
 * nothing): the circuit opens within the timeout and half a second, with one log line, and closes
 * within half a second of a real database answering again.
 */
class DatabaseWatchTest {

  private final List<String> log = new CopyOnWriteArrayList<>();
  private final DatabaseAvailability availability =
      new DatabaseAvailability(Clock.systemUTC(), log::add);
  private final DatabaseWatch watch =
      new DatabaseWatch(availability, Executors.defaultThreadFactory());
  private final List<Socket> held = new CopyOnWriteArrayList<>();
  private ServerSocket frozen;

  @AfterEach
  void stop() throws Exception {
    watch.stop();
    for (Socket socket : held) {
      socket.close();
    }
    if (frozen != null) {
      frozen.close();
    }
  }

  @Test
  void aDatabaseThatAcceptsButNeverAnswersOpensTheCircuitOnceWithinTheTimeout() throws Exception {
    Switchable database = new Switchable(direct(frozenServer()));
    long start = System.nanoTime();
    watch.start(database, 1);

    await(availability::isDown, 2500);
    long openedAfter = (System.nanoTime() - start) / 1_000_000;
    assertThat(openedAfter).as("ms until a frozen database is seen").isLessThan(2000);
    Thread.sleep(3000); // several more unanswered questions, on new connections
    assertThat(log).singleElement().asString().startsWith("Database unavailable");
  }

  @Test
  void theCircuitClosesWithinHalfASecondOfTheDatabaseAnsweringAgain() throws Exception {
    DataSource postgres = direct("jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres");
    Assumptions.assumeTrue(answers(postgres), "no PostgreSQL on 127.0.0.1:5432");
    Switchable database = new Switchable(direct(frozenServer()));
    watch.start(database, 1);
    await(availability::isDown, 2500);

    database.current = postgres;
    long back = System.nanoTime();
    await(() -> !availability.isDown(), 3000);
    long closedAfter = (System.nanoTime() - back) / 1_000_000;
    // The question on the frozen connection is cut at the timeout (1 s) at worst, then a new one.
    assertThat(closedAfter).as("ms until the database is seen back").isLessThan(2000);
    assertThat(log).hasSize(2);
    assertThat(log.get(1)).startsWith("Database available again after");
  }

  @Test
  void thePoolsConnectionsFromBeforeAnOutageAreClosedBeforeTheCircuitCloses() throws Exception {
    DataSource postgres = direct("jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres");
    Assumptions.assumeTrue(answers(postgres), "no PostgreSQL on 127.0.0.1:5432");
    // A connection of the pool, opened while the database answered: after an outage it may be dead
    // (a restarted database reset it) though nothing has noticed yet.
    Connection before = ConfiguredDataSource.opened(postgres.getConnection());
    Switchable database = new Switchable(direct(frozenServer()));
    watch.start(database, 1);
    await(availability::isDown, 2500);
    Connection during = ConfiguredDataSource.opened(postgres.getConnection());
    try {
      database.current = postgres;
      java.util.concurrent.atomic.AtomicBoolean closedFirst =
          new java.util.concurrent.atomic.AtomicBoolean();
      await(
          () -> {
            boolean up = !availability.isDown();
            if (up) {
              closedFirst.set(isClosed(before));
            }
            return up;
          },
          3000);
      assertThat(closedFirst).as("closed before the circuit closed").isTrue();
      assertThat(during.isClosed()).as("opened while the circuit was open").isFalse();
      assertThat(during.isValid(1)).isTrue();
    } finally {
      before.close();
      during.close();
    }
  }

  private static boolean isClosed(Connection connection) {
    try {
      return connection.isClosed();
    } catch (SQLException e) {
      return true;
    }
  }

  private String frozenServer() throws Exception {
    frozen = new ServerSocket();
    frozen.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
    Thread acceptor =
        new Thread(
            () -> {
              while (!frozen.isClosed()) {
                try {
                  held.add(frozen.accept()); // kept open, never read, never answered
                } catch (Exception closed) {
                  return;
                }
              }
            });
    acceptor.setDaemon(true);
    acceptor.start();
    return "jdbc:postgresql://127.0.0.1:" + frozen.getLocalPort() + "/meridian?user=postgres";
  }

  private static DataSource direct(String url) {
    return DatabaseTimeouts.direct(new DatabaseSettings(url, "postgres", ""), 1);
  }

  private static boolean answers(DataSource source) {
    try (Connection connection = source.getConnection()) {
      return connection.isValid(1);
    } catch (SQLException e) {
      return false;
    }
  }

  private static void await(BooleanSupplier condition, long millis) throws InterruptedException {
    long until = System.nanoTime() + millis * 1_000_000;
    while (!condition.getAsBoolean()) {
      assertThat(System.nanoTime()).as("not within %d ms", millis).isLessThan(until);
      Thread.sleep(20);
    }
  }

  /** A data source whose database the test changes, as a database goes and comes back. */
  private static final class Switchable implements DataSource {
    volatile DataSource current;

    Switchable(DataSource current) {
      this.current = current;
    }

    @Override
    public Connection getConnection() throws SQLException {
      return current.getConnection();
    }

    @Override
    public Connection getConnection(String user, String password) throws SQLException {
      return current.getConnection(user, password);
    }

    @Override
    public PrintWriter getLogWriter() {
      return null;
    }

    @Override
    public void setLogWriter(PrintWriter out) {}

    @Override
    public void setLoginTimeout(int seconds) {}

    @Override
    public int getLoginTimeout() {
      return 1;
    }

    @Override
    public Logger getParentLogger() {
      return Logger.getGlobal();
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
      throw new SQLException("not a wrapper");
    }

    @Override
    public boolean isWrapperFor(Class<?> type) {
      return false;
    }
  }
}
