package org.meridian.app.database;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import org.eclipse.persistence.sessions.SessionEvent;
import org.eclipse.persistence.sessions.SessionEventAdapter;

/**
 * How many database connections the persistence unit holds now (taken from Payara's pool for a
 * transaction or a read, and not yet given back), and how many it has taken since start: the pool's
 * use for {@code /metrics}. EclipseLink creates it from {@code persistence.xml} ({@code
 * eclipselink.session-event-listener}); direct JDBC use (start-up, the health check) is not
 * counted.
 */
public class ConnectionUse extends SessionEventAdapter {

  /** The pool's size ({@link DatabaseDefinition}'s {@code maxPoolSize}). */
  public static final int POOL_MAX = 32;

  private static final AtomicInteger IN_USE = new AtomicInteger();
  private static final LongAdder ACQUIRED = new LongAdder();

  @Override
  public void postAcquireConnection(SessionEvent event) {
    IN_USE.incrementAndGet();
    ACQUIRED.increment();
  }

  @Override
  public void preReleaseConnection(SessionEvent event) {
    IN_USE.decrementAndGet();
  }

  public static int inUse() {
    return Math.max(0, IN_USE.get());
  }

  public static long acquired() {
    return ACQUIRED.sum();
  }
}
