package org.meridian.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.control.RequestContextController;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import javax.naming.InitialContext;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.meridian.content.LiveQueries;
import org.meridian.content.ContentService;
import org.meridian.content.ContentType;
import org.meridian.content.RevisionInput;
import org.meridian.content.Slug;
import org.meridian.tenancy.TenantContext;
import org.meridian.tenancy.office.LanguageTag;
import org.meridian.tenancy.office.OfficeCode;
import org.meridian.tenancy.office.OfficeDirectory;
import org.meridian.tenancy.office.OfficeRef;
import org.meridian.workflow.schedule.ScheduledAction;
import org.meridian.workflow.schedule.Scheduling;
import org.meridian.workflow.schedule.internal.ScheduledChangeExecution;
import org.meridian.workflow.schedule.internal.ScheduledChangeExecution.Outcome;

/**
 * Inside the server: servers that claim the same scheduled change at the same moment, each in its
 * own transaction, carry it out exactly once — the database's row locking, which differs between
 * PostgreSQL and H2, so this runs on both ({@code embedded-db}). Four claimants start together on
 * the container's threads, as four servers' schedulers would.
 */
@ExtendWith(ArquillianExtension.class)
@Tag("embedded-db")
class ScheduledClaimsIT {

  private static final LanguageTag EN = new LanguageTag("en");
  private static final String GAMBIA_EDITOR = "gambia.editor@meridian.example.org";
  private static final AtomicLong UNIQUE = new AtomicLong(System.nanoTime());
  private static final int CLAIMANTS = 4;

  @Deployment(testable = true)
  static WebArchive deployment() {
    return InContainer.deployment();
  }

  @Inject private OfficeDirectory offices;
  @Inject private TenantContext tenant;
  @Inject private ContentService content;
  @Inject private LiveQueries queries;
  @Inject private Scheduling scheduling;
  @Inject private ScheduledChangeExecution execution;
  @Inject private Instance<RequestContextController> requestContexts;

  @Test
  void aChangeClaimedByFourServersAtOnceIsCarriedOutByExactlyOne() throws Exception {
    OfficeRef gambia = offices.find(new OfficeCode("gambia")).orElseThrow();
    ManagedExecutorService threads =
        InitialContext.doLookup("java:comp/DefaultManagedExecutorService");
    for (int round = 0; round < 5; round++) {
      Slug slug = new Slug("claimed-" + Long.toString(UNIQUE.incrementAndGet(), 36));
      long item = draft(gambia, slug, "Claimed at once " + UNIQUE.incrementAndGet());
      // Due tomorrow, so the suite server's own scheduler leaves it to the claimants.
      long change =
          tenant.callAs(
              gambia,
              () ->
                  scheduling
                      .schedule(
                          item,
                          ScheduledAction.PUBLISH,
                          LocalDateTime.now(gambia.timeZone()).plusDays(1),
                          GAMBIA_EDITOR)
                      .id());

      CountDownLatch ready = new CountDownLatch(CLAIMANTS);
      CountDownLatch go = new CountDownLatch(1);
      List<Future<Object>> claims = new ArrayList<>();
      for (int i = 0; i < CLAIMANTS; i++) {
        String node = "claimant-" + i;
        claims.add(
            threads.submit(
                () -> {
                  RequestContextController context = requestContexts.get();
                  context.activate();
                  try {
                    ready.countDown();
                    go.await(30, TimeUnit.SECONDS);
                    return (Object) tenant.callAs(gambia, () -> execution.carryOut(change, node));
                  } catch (RuntimeException lockedOut) {
                    // A claimant that finds the row held may fail rather than wait: never done.
                    return lockedOut;
                  } finally {
                    context.deactivate();
                  }
                }));
      }
      assertTrue(ready.await(30, TimeUnit.SECONDS), "every claimant ready");
      go.countDown();
      List<Object> outcomes = new ArrayList<>();
      for (Future<Object> claim : claims) {
        outcomes.add(claim.get(60, TimeUnit.SECONDS));
      }
      long done = outcomes.stream().filter(Outcome.Done.class::isInstance).count();
      assertEquals(
          1, done, "claimants that carried the change out, round " + round + ": " + outcomes);
      assertFalse(
          outcomes.stream().anyMatch(Outcome.Failed.class::isInstance),
          "no claimant failed the change: " + outcomes);
      // The winner published the item: a later claim finds nothing to do.
      assertEquals(
          Outcome.NotClaimed.class,
          tenant.callAs(gambia, () -> execution.carryOut(change, "late")).getClass());
      assertTrue(
          tenant.callAs(gambia, () -> queries.findLive(EN, slug)).isPresent(),
          "item " + item + " is live");
    }
  }

  private long draft(OfficeRef office, Slug slug, String title) {
    return tenant.callAs(
        office,
        () ->
            content
                .create(
                    ContentType.PAGE, EN, slug, new RevisionInput(title, "", "<p>Text</p>"), "it")
                .getId());
  }
}
