package org.meridian.app.database;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.ThreadFactory;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.meridian.site.CacheGenerations;
import org.meridian.site.CacheSync;
import org.meridian.tenancy.health.DatabaseAvailability;

/**
 * Listens, on a PostgreSQL connection of its own outside the pool, for the announcements of changed
 * pages ({@link CacheGenerations#CHANNEL}, sent by every server when a change commits), and has
 * this server's {@link CacheSync} look at once: a change made on another server shows here within
 * milliseconds plus the first render, instead of after up to a period of the sync's polling, which
 * goes on beside it for announcements lost while this connection was being made again. The embedded
 * H2 database has no other servers and is not listened to.
 *
 * <p>While the database is away it does not listen; the connection is made again when the database
 * watch has seen it back, and the sync looks once then. Every wait is bounded: the connection's own
 * timeouts ({@link DatabaseTimeouts#direct}), and one second per wait for an announcement.
 */
@ApplicationScoped
public class SiteChangesListener {

  private static final Logger LOG = Logger.getLogger(SiteChangesListener.class.getName());

  /** The longest wait for an announcement before the listener checks the circuit again. */
  static final int WAIT_MILLIS = 1000;

  @Resource private ManagedThreadFactory threadFactory;
  @Inject private DatabaseAvailability availability;
  @Inject private CacheSync sync;
  @Inject private CacheGenerations generations;

  private ThreadFactory ownThreads;
  private DataSource direct;
  private volatile boolean running;
  private Thread thread;

  /** The connection listened on, while there is one (closed by {@link #stop} to end a wait). */
  private volatile Connection listening;

  public SiteChangesListener() {}

  /** A listener outside CDI, for tests: {@code sync} is told to look. */
  SiteChangesListener(DatabaseAvailability availability, CacheSync sync, ThreadFactory threads) {
    this.availability = availability;
    this.sync = sync;
    this.ownThreads = threads;
  }

  /** Starts listening to {@code settings}' database (PostgreSQL only). */
  public void start(DatabaseSettings settings, int timeoutSeconds) {
    if (settings.isPostgres()) {
      start(DatabaseTimeouts.direct(settings, timeoutSeconds));
    }
  }

  synchronized void start(DataSource direct) {
    if (thread != null) {
      return;
    }
    this.direct = direct;
    if (generations != null) {
      generations.announceBumps();
    }
    running = true;
    thread = (ownThreads != null ? ownThreads : threadFactory).newThread(this::listen);
    thread.setName("meridian-site-changes");
    thread.setDaemon(true);
    thread.start();
  }

  private void listen() {
    Connection connection = null;
    while (running) {
      try {
        if (availability.isDown()) {
          connection = close(connection);
          Thread.sleep(WAIT_MILLIS);
          continue;
        }
        if (connection == null) {
          connection = direct.getConnection();
          listening = connection;
          try (Statement statement = connection.createStatement()) {
            statement.execute("listen " + CacheGenerations.CHANNEL);
          }
          // What was announced while nobody listened.
          sync.lookNow();
        }
        var announced =
            connection.unwrap(org.postgresql.PGConnection.class).getNotifications(WAIT_MILLIS);
        if (announced != null && announced.length > 0) {
          sync.lookNow();
        }
      } catch (SQLException | RuntimeException e) {
        // The database watch says when the database is away; the sync's polling goes on meanwhile.
        LOG.log(Level.FINE, "Listening for changes made on other servers failed", e);
        connection = close(connection);
        if (!pause()) {
          return;
        }
      } catch (InterruptedException stopping) {
        break;
      }
    }
    close(connection);
  }

  private boolean pause() {
    try {
      Thread.sleep(WAIT_MILLIS);
      return true;
    } catch (InterruptedException stopping) {
      return false;
    }
  }

  private static Connection close(Connection connection) {
    if (connection != null) {
      try {
        connection.abort(Runnable::run);
      } catch (SQLException | RuntimeException ignored) {
        // already broken
      }
    }
    return null;
  }

  @PreDestroy
  synchronized void stop() {
    running = false;
    if (thread != null) {
      thread.interrupt();
      close(listening);
      thread = null;
    }
  }
}
