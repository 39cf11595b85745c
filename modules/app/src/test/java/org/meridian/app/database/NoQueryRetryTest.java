package org.meridian.app.database;

import static org.assertj.core.api.Assertions.assertThat;

import org.eclipse.persistence.sessions.DatabaseLogin;
import org.eclipse.persistence.sessions.DatabaseSession;
import org.eclipse.persistence.sessions.Project;
import org.junit.jupiter.api.Test;

/** EclipseLink's own retry of failed reads (five seconds apart) is off. */
class NoQueryRetryTest {

  @Test
  void aFailedReadIsNeverRunAgainByEclipseLink() {
    DatabaseSession session = new Project(new DatabaseLogin()).createDatabaseSession();
    assertThat(session.getLogin().getQueryRetryAttemptCount())
        .as("EclipseLink's default")
        .isEqualTo(3);

    new NoQueryRetry().customize(session);

    assertThat(session.getLogin().getQueryRetryAttemptCount()).isZero();
  }
}
