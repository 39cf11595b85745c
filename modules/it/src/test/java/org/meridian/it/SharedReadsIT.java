package org.meridian.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.naming.InitialContext;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.meridian.tenancy.office.OfficeCode;
import org.meridian.tenancy.office.OfficeDirectory;
import org.meridian.tenancy.office.OfficeRef;
import org.meridian.tenancy.people.AccountDirectory;
import org.meridian.tenancy.people.OfficePeople;
import org.meridian.tenancy.reset.LinkPurpose;
import org.meridian.tenancy.reset.PasswordResets;
import org.meridian.tenancy.signin.SignInThrottle;

/**
 * Inside the server: the shared (application-scoped) beans that sign-in, the console and the
 * alert rules read through, called on many threads at once with no transaction of the caller's,
 * as requests call them. Outside a transaction Payara's container entity manager of such a bean is
 * one wrapper for every thread, which closes the entity manager of a read at its next use: two
 * threads reading at once closed each other's ("Attempting to execute an operation on a closed
 * EntityManager"). Each read now runs in a transaction (InTransaction).
 */
@ExtendWith(ArquillianExtension.class)
@Tag("embedded-db")
class SharedReadsIT {

  private static final String GAMBIA_EDITOR = "gambia.editor@meridian.example.org";
  private static final String HQ_ADMIN = "hq.admin@meridian.example.org";
  private static final int THREADS = 8;
  private static final int ROUNDS = 150;

  @Deployment(testable = true)
  static WebArchive deployment() {
    return InContainer.deployment();
  }

  @Inject private AccountDirectory accounts;
  @Inject private SignInThrottle throttle;
  @Inject private PasswordResets resets;
  @Inject private OfficePeople people;
  @Inject private OfficeDirectory offices;

  @Test
  void sharedBeansReadOnManyThreadsAtOnceWithoutClosingEachOthersEntityManager()
      throws Exception {
    OfficeRef gambia = offices.find(new OfficeCode("gambia")).orElseThrow();
    ManagedThreadFactory factory =
        InitialContext.doLookup("java:comp/DefaultManagedThreadFactory");
    ExecutorService threads = Executors.newFixedThreadPool(THREADS, factory);
    try {
      CountDownLatch ready = new CountDownLatch(THREADS);
      CountDownLatch go = new CountDownLatch(1);
      List<Future<List<String>>> readers = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        int thread = t;
        readers.add(
            threads.submit(
                () -> {
                  ready.countDown();
                  go.await(30, TimeUnit.SECONDS);
                  List<String> failures = new ArrayList<>();
                  for (int round = 0; round < ROUNDS; round++) {
                    try {
                      readOnce(thread + round, gambia);
                    } catch (RuntimeException | AssertionError e) {
                      failures.add(e.toString());
                    }
                  }
                  return failures;
                }));
      }
      assertTrue(ready.await(30, TimeUnit.SECONDS), "every reader ready");
      go.countDown();
      List<String> failures = new ArrayList<>();
      for (Future<List<String>> reader : readers) {
        failures.addAll(reader.get(120, TimeUnit.SECONDS));
      }
      assertEquals(
          List.of(),
          failures,
          "reads that failed, of " + THREADS * ROUNDS + " on " + THREADS + " threads at once");
    } finally {
      threads.shutdownNow();
    }
  }

  /** One of the reads, by turns, each checked against what the demo network holds. */
  private void readOnce(int turn, OfficeRef gambia) {
    switch (turn % 5) {
      case 0 -> assertTrue(accounts.find(GAMBIA_EDITOR).isPresent(), "the Gambia's editor");
      case 1 -> assertFalse(accounts.officesOf(GAMBIA_EDITOR).isEmpty(), "the editor's offices");
      case 2 -> assertFalse(accounts.activeMembersOf(gambia).isEmpty(), "the Gambia's people");
      case 3 ->
          assertTrue(
              throttle.pausedUntil("nobody-" + turn + "@example.org", "203.0.113.9", false).isEmpty(),
              "no pause without failures");
      default -> {
        assertTrue(resets.accountOf("no-such-token-" + turn, LinkPurpose.RESET).isEmpty());
        // Through the account directory: what HQ may grant there.
        assertNotNull(people.grantable(HQ_ADMIN, gambia.code()));
      }
    }
  }
}
