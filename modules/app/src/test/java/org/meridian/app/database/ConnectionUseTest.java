package org.meridian.app.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.persistence.internal.databaseaccess.Accessor;
import org.eclipse.persistence.sessions.DatabaseLogin;
import org.eclipse.persistence.sessions.Project;
import org.eclipse.persistence.sessions.Session;
import org.eclipse.persistence.sessions.SessionEvent;
import org.junit.jupiter.api.Test;

/**
 * A reading request's connection waits for PostgreSQL at most the request's limit, and gets the
 * pool's limit back when it is given back; the limit goes through the pool's own connection, never
 * through {@code unwrap} (Payara builds a new proxy for each).
 */
class ConnectionUseTest {

  private final Session session = new Project(new DatabaseLogin()).createDatabaseSession();
  private final List<String> calls = new ArrayList<>();

  /** A pooled connection, of PostgreSQL's or not, that records what it is asked. */
  private Accessor holding(boolean postgres) {
    Connection connection =
        (Connection)
            Proxy.newProxyInstance(
                getClass().getClassLoader(),
                new Class<?>[] {Connection.class},
                (proxy, method, args) ->
                    switch (method.getName()) {
                      case "isWrapperFor" ->
                          postgres && args[0] == org.postgresql.jdbc.PgConnection.class;
                      case "setNetworkTimeout" -> {
                        calls.add("timeout " + args[1]);
                        yield null;
                      }
                      case "unwrap" -> {
                        calls.add("unwrap");
                        throw new AssertionError("unwrap");
                      }
                      default -> null;
                    });
    return (Accessor)
        Proxy.newProxyInstance(
            getClass().getClassLoader(),
            new Class<?>[] {Accessor.class},
            (proxy, method, args) -> method.getName().equals("getConnection") ? connection : null);
  }

  private SessionEvent event(int code, Accessor accessor) {
    SessionEvent event = new SessionEvent(code, session);
    event.setResult(accessor);
    return event;
  }

  private void acquireAndRelease(ConnectionUse use, Accessor accessor) {
    use.postAcquireConnection(event(SessionEvent.PostAcquireConnection, accessor));
    calls.add("work");
    use.preReleaseConnection(event(SessionEvent.PreReleaseConnection, accessor));
  }

  @Test
  void aReadingRequestsConnectionWaitsAtMostItsLimitThenThePoolsAgain() throws Exception {
    ConnectionUse use = new ConnectionUse();
    Accessor accessor = holding(true);
    ConnectionUse.whileReading(2000, () -> acquireAndRelease(use, accessor));
    assertThat(calls)
        .containsExactly("timeout 2000", "work", "timeout " + DatabaseTimeouts.WORK_SECONDS * 1000);
  }

  @Test
  void otherWorkKeepsThePoolsLimit() {
    acquireAndRelease(new ConnectionUse(), holding(true));
    assertThat(calls).containsExactly("work");
  }

  @Test
  void aConnectionThatIsNotPostgreSqlsKeepsNoLimit() throws Exception {
    ConnectionUse use = new ConnectionUse();
    Accessor accessor = holding(false);
    ConnectionUse.whileReading(2000, () -> acquireAndRelease(use, accessor));
    assertThat(calls).containsExactly("work");
  }

  @Test
  void itTellsTheMostConnectionsAThreadHeldAtOnce() {
    ConnectionUse use = new ConnectionUse();
    Accessor accessor = holding(false);
    assertThat(ConnectionUse.mostHeldWhile(() -> acquireAndRelease(use, accessor))).isEqualTo(1);
    assertThat(
            ConnectionUse.mostHeldWhile(
                () -> {
                  use.postAcquireConnection(event(SessionEvent.PostAcquireConnection, accessor));
                  acquireAndRelease(use, accessor); // a second while the first is held
                  use.preReleaseConnection(event(SessionEvent.PreReleaseConnection, accessor));
                }))
        .isEqualTo(2);
    assertThat(ConnectionUse.mostHeldByOneThread()).isGreaterThanOrEqualTo(2);
    assertThat(ConnectionUse.mostHeldWhile(() -> {})).isZero();
  }
}
