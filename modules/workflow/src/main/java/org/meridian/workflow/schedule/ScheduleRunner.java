package org.meridian.workflow.schedule;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.meridian.tenancy.TenantContext;
import org.meridian.tenancy.office.OfficeDirectory;
import org.meridian.tenancy.office.OfficeRef;
import org.meridian.workflow.schedule.internal.DueChanges;
import org.meridian.workflow.schedule.internal.ScheduledChangeExecution;
import org.meridian.workflow.schedule.internal.ScheduledChangeExecution.Outcome;

/**
 * Carries out every due scheduled change of every office, each as its own office and in its own
 * transaction. Safe to run on several servers at once: a change is carried out by the one that
 * claims it (see {@link ScheduledChangeExecution}); a change another server is busy with is left
 * alone and seen ended at the next run.
 */
@ApplicationScoped
public class ScheduleRunner {

  private static final Logger LOG = Logger.getLogger(ScheduleRunner.class.getName());
  private static final int BATCH = 200;

  @Inject private DueChanges due;
  @Inject private ScheduledChangeExecution execution;
  @Inject private OfficeDirectory offices;
  @Inject private TenantContext tenant;

  /** One run: carries out what is due now. Returns how many changes this server ended. */
  @ActivateRequestContext
  public int runDue(String node) {
    List<DueChanges.Due> changes = due.find(BATCH);
    int ended = 0;
    for (DueChanges.Due change : changes) {
      if (runOne(change, node)) {
        ended++;
      }
    }
    return ended;
  }

  private boolean runOne(DueChanges.Due change, String node) {
    OfficeRef office = offices.findById(change.officeId()).orElse(null);
    if (office == null) {
      return false;
    }
    try {
      Outcome outcome = tenant.callAs(office, () -> execution.carryOut(change.id(), node));
      if (outcome instanceof Outcome.Done done) {
        LOG.info(() -> describe(change, office) + " done by " + node + ": " + done.what());
        return true;
      }
      if (outcome instanceof Outcome.Failed failed) {
        boolean recorded =
            tenant.callAs(office, () -> execution.recordFailure(change.id(), node, failed.why()));
        LOG.warning(() -> describe(change, office) + " failed on " + node + ": " + failed.why());
        return recorded;
      }
      return false;
    } catch (RuntimeException e) {
      // Most often another server holds the row: it will be seen ended at the next run.
      LOG.log(
          Level.FINE,
          e,
          () -> describe(change, office) + " left for the next run: " + e.getMessage());
      return false;
    }
  }

  private static String describe(DueChanges.Due change, OfficeRef office) {
    return "Scheduled change "
        + change.id()
        + " (item "
        + change.itemId()
        + ") of "
        + office.code();
  }
}
