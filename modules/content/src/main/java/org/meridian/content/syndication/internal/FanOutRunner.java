package org.meridian.content.syndication.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.meridian.content.syndication.TargetState;
import org.meridian.tenancy.TenantContext;
import org.meridian.tenancy.office.OfficeDirectory;
import org.meridian.tenancy.office.OfficeRef;

/**
 * Does the fan-out's open work, line by line, each as its receiving office and in its own
 * transaction (see {@link FanOutStep}). Safe on several servers at once: a line is done by the one
 * that claims it; a line another server holds is seen done at the next run.
 */
@ApplicationScoped
public class FanOutRunner {

  private static final Logger LOG = Logger.getLogger(FanOutRunner.class.getName());
  private static final int BATCH = 1000;

  @Inject private TargetRows rows;
  @Inject private FanOutStep step;
  @Inject private OfficeDirectory offices;
  @Inject private TenantContext tenant;

  /** Runs until no open work is left (or only work that fails); returns the lines done. */
  @ActivateRequestContext
  public int runOpen(String node) {
    int done = 0;
    for (int round = 0; round < 100; round++) {
      List<TargetRows.Work> open = openWork();
      int doneNow = 0;
      for (TargetRows.Work work : open) {
        if (runOne(work, node)) {
          doneNow++;
        }
      }
      done += doneNow;
      if (doneNow == 0 || open.size() < BATCH) {
        break;
      }
    }
    return done;
  }

  private List<TargetRows.Work> openWork() {
    return rows.open(BATCH);
  }

  private boolean runOne(TargetRows.Work work, String node) {
    OfficeRef office = offices.findById(work.targetOfficeId()).orElse(null);
    if (office == null) {
      return false;
    }
    try {
      FanOutStep.Outcome outcome =
          tenant.callAs(
              office,
              () ->
                  switch (work.state()) {
                    case PENDING -> step.carry(work.targetId(), node);
                    case WITHDRAWING -> step.withdraw(work.targetId(), node);
                    default -> step.follow(work.targetId(), work.generation(), node);
                  });
      return outcome == FanOutStep.Outcome.DONE;
    } catch (RuntimeException e) {
      String why = reason(e);
      LOG.log(
          Level.WARNING,
          "Syndication line " + work.targetId() + " of " + office.code() + " failed: " + why,
          e);
      if (work.state() == TargetState.WITHDRAWING) {
        // A withdrawal is never given up: the next run tries again.
        return false;
      }
      try {
        TargetState from = work.state();
        tenant.runAs(office, () -> step.recordFailure(work.targetId(), from, why, node));
      } catch (RuntimeException again) {
        LOG.log(Level.FINE, "Could not record the failure of line " + work.targetId(), again);
      }
      return false;
    }
  }

  private static String reason(Throwable e) {
    Throwable cause = e;
    while (cause.getCause() != null
        && (cause.getMessage() == null
            || cause instanceof jakarta.transaction.RollbackException
            || cause.getClass().getName().contains("Transaction"))) {
      cause = cause.getCause();
    }
    return cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
  }
}
