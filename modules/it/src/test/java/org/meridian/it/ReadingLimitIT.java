package org.meridian.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import javax.naming.InitialContext;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Inside the server, on PostgreSQL: the connection a reading request (a GET) holds waits for the
 * database at most the request's limit, set on PostgreSQL's own connection through Payara's pool,
 * and gets the pool's limit (60 s) back for the work that takes it next. The application's {@code
 * ConnectionUse} is in the WAR, not on the tests' class path, so it is called by name.
 */
@ExtendWith(ArquillianExtension.class)
class ReadingLimitIT {

  private static final int WORK_MILLIS = 60_000;

  @Deployment(testable = true)
  static WebArchive deployment() {
    return InContainer.deployment();
  }

  @PersistenceContext(unitName = "meridian")
  private EntityManager em;

  /** The network timeout of the connection a read in a transaction of its own holds. */
  private int limitOfAReadsConnection() throws Exception {
    UserTransaction transaction = InitialContext.doLookup("java:comp/UserTransaction");
    transaction.begin();
    try {
      em.createNativeQuery("select 1")
          .setHint("eclipselink.jdbc.allow-native-sql-query", true)
          .getSingleResult();
      return em.unwrap(Connection.class).getNetworkTimeout();
    } finally {
      transaction.rollback();
    }
  }

  /** {@code ConnectionUse.whileReading(millis, work)}, as the outage filter calls it for a GET. */
  private static void whileReading(int millis, Runnable work) throws Exception {
    Class<?> use = Class.forName("org.meridian.app.database.ConnectionUse");
    Class<?> runnable = Class.forName("org.meridian.app.database.ConnectionUse$ThrowingRunnable");
    Object asRunnable =
        Proxy.newProxyInstance(
            use.getClassLoader(),
            new Class<?>[] {runnable},
            (proxy, method, args) -> {
              if (method.getName().equals("run")) {
                work.run();
              }
              return null;
            });
    Method whileReading = use.getMethod("whileReading", int.class, runnable);
    whileReading.invoke(null, millis, asRunnable);
  }

  @Test
  void aReadingRequestsConnectionWaitsForPostgreSqlAtMostItsLimit() throws Exception {
    int[] during = new int[1];
    whileReading(
        1234,
        () -> {
          try {
            during[0] = limitOfAReadsConnection();
          } catch (Exception e) {
            throw new IllegalStateException(e);
          }
        });
    assertEquals(1234, during[0], "ms a reading request's connection waits for the database");
    assertEquals(
        WORK_MILLIS, limitOfAReadsConnection(), "ms the same pool's connections wait otherwise");
  }
}
