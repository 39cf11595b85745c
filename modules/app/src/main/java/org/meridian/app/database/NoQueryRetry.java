package org.meridian.app.database;

import org.eclipse.persistence.sessions.DatabaseLogin;
import org.eclipse.persistence.sessions.Session;
import org.eclipse.persistence.sessions.SessionCustomizer;

/**
 * EclipseLink never runs a failed read again by itself ({@code persistence.xml}: {@code
 * eclipselink.session.customizer}). By default it retries a read outside a transaction that met a
 * broken connection up to three times, waiting five seconds before the second and third: a request
 * that met a database going away waited seconds past Meridian's timeout, and the first request
 * after the database came back, given another dead connection by the pool, took five seconds.
 * Meridian has its own answer: the failing request answers 503 at once, the database watch decides
 * whether the database is away, and closes the pool's old connections when it is back ({@link
 * DatabaseWatch}).
 */
public class NoQueryRetry implements SessionCustomizer {

  @Override
  public void customize(Session session) {
    if (session.getDatasourceLogin() instanceof DatabaseLogin login) {
      login.setQueryRetryAttemptCount(0);
    }
  }
}
