package org.meridian.workflow.schedule.internal;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Clock;
import java.time.Instant;
import java.util.stream.Collectors;
import org.meridian.content.ContentItem;
import org.meridian.content.LiveRevisions;
import org.meridian.content.Revision;
import org.meridian.tenancy.TenantContext;
import org.meridian.tenancy.office.OfficeRef;
import org.meridian.tenancy.persistence.OfficeData;
import org.meridian.workflow.quality.QualityGate;
import org.meridian.workflow.quality.QualityGateRefusedException;
import org.meridian.workflow.schedule.ScheduleStatus;
import org.meridian.workflow.schedule.ScheduledAction;
import org.meridian.workflow.schedule.ScheduledChange;
import org.meridian.workflow.schedule.ScheduledChangeFailed;

/**
 * Carries out one scheduled change of the current office, in a transaction of its own: first the
 * claim — a conditional update from PENDING that only one transaction can win, since the row stays
 * locked until the winner commits — then the change itself. If the change fails, everything rolls
 * back, the claim included, and the caller records the failure separately. A publish passes the
 * office's quality gate first ({@link QualityGate#enforce(Revision)}): in block mode a revision
 * with findings fails, and its author is told which.
 */
@ApplicationScoped
public class ScheduledChangeExecution {

  /** What became of a change: done (with what happened), failed (with why), or not ours. */
  public sealed interface Outcome {
    record Done(String what) implements Outcome {}

    record Failed(String why) implements Outcome {}

    record NotClaimed() implements Outcome {}
  }

  @Inject private OfficeData data;
  @Inject private Clock clock;
  @Inject private LiveRevisions live;
  @Inject private TenantContext tenant;
  @Inject private Event<ScheduledChangeFailed> failed;
  @Inject private QualityGate qualityGate;

  @Resource private TransactionSynchronizationRegistry transaction;

  @Transactional(TxType.REQUIRES_NEW)
  public Outcome carryOut(long changeId, String node) {
    var em = data.entityManager();
    ScheduledChange change = em.find(ScheduledChange.class, changeId);
    if (change == null) {
      return new Outcome.NotClaimed();
    }
    String what = describe(change);
    if (!finish(changeId, ScheduleStatus.DONE, node, what)) {
      return new Outcome.NotClaimed();
    }
    try {
      String done = apply(change);
      if (!done.equals(what)) {
        finishAgain(changeId, done);
      }
      return new Outcome.Done(done);
    } catch (QualityGateRefusedException blocked) {
      transaction.setRollbackOnly();
      return new Outcome.Failed(
          blocked.getMessage()
              + " ("
              + blocked.findings().stream()
                  .map(f -> f.problem().text())
                  .collect(Collectors.joining("; "))
              + ")");
    } catch (RuntimeException e) {
      transaction.setRollbackOnly();
      return new Outcome.Failed(e.getMessage() == null ? e.toString() : e.getMessage());
    }
  }

  /**
   * Records that a change failed, unless another server has ended it meanwhile, and tells who
   * follows failures ({@link ScheduledChangeFailed}, in this same transaction).
   */
  @Transactional(TxType.REQUIRES_NEW)
  public boolean recordFailure(long changeId, String node, String why) {
    if (!finish(changeId, ScheduleStatus.FAILED, node, why)) {
      return false;
    }
    var em = data.entityManager();
    ScheduledChange change = em.find(ScheduledChange.class, changeId);
    if (change != null) {
      ContentItem item = em.find(ContentItem.class, change.itemId());
      OfficeRef office = tenant.require();
      failed.fire(
          new ScheduledChangeFailed(
              office.id(),
              office.code().value(),
              changeId,
              change.itemId(),
              item == null ? null : item.latestRevision().title(),
              change.action(),
              change.revisionNumber(),
              change.requestedBy(),
              why,
              node,
              clock.instant()));
    }
    return true;
  }

  private String apply(ScheduledChange change) {
    var em = data.entityManager();
    ContentItem item = em.find(ContentItem.class, change.itemId());
    if (item == null) {
      throw new IllegalStateException("The item no longer exists");
    }
    String actor = change.requestedBy();
    return switch (change.action()) {
      case PUBLISH -> {
        if (item.isLive() && item.liveRevision().getId() == change.revisionId()) {
          yield "revision " + change.revisionNumber() + " was already live";
        }
        // The office's gate at the moment of publishing: in block mode a revision with findings
        // stays unpublished, the schedule fails and its author is told why (ScheduledChangeFailed).
        Revision revision = em.find(Revision.class, change.revisionId());
        if (revision != null) {
          qualityGate.enforce(revision);
        }
        live.publish(change.revisionId(), actor);
        yield describe(change);
      }
      case UNPUBLISH -> {
        if (!item.isLive()) {
          yield "the item was already offline";
        }
        live.unpublish(change.itemId(), actor);
        yield describe(change);
      }
    };
  }

  private static String describe(ScheduledChange change) {
    return change.action() == ScheduledAction.PUBLISH
        ? "published revision " + change.revisionNumber()
        : "unpublished";
  }

  private boolean finish(long changeId, ScheduleStatus status, String node, String outcome) {
    Instant now = clock.instant();
    int claimed =
        data.entityManager()
            .createQuery(
                "update ScheduledChange c set c.status = :status, c.finishedAt = :now,"
                    + " c.finishedBy = :node, c.outcome = :outcome, c.modifiedAt = :now,"
                    + " c.version = c.version + 1"
                    + " where c.id = :id and c.status = :pending")
            .setParameter("status", status)
            .setParameter("now", now)
            .setParameter("node", node)
            .setParameter("outcome", truncate(outcome))
            .setParameter("id", changeId)
            .setParameter("pending", ScheduleStatus.PENDING)
            .executeUpdate();
    return claimed == 1;
  }

  private void finishAgain(long changeId, String outcome) {
    data.entityManager()
        .createQuery("update ScheduledChange c set c.outcome = :outcome where c.id = :id")
        .setParameter("outcome", truncate(outcome))
        .setParameter("id", changeId)
        .executeUpdate();
  }

  private static String truncate(String text) {
    return text.length() <= 500 ? text : text.substring(0, 497) + "...";
  }
}
