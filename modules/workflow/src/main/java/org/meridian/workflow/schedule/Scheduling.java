package org.meridian.workflow.schedule;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import org.meridian.content.ContentItem;
import org.meridian.content.ContentNotFoundException;
import org.meridian.tenancy.Refusal;
import org.meridian.tenancy.RefusedArgumentException;
import org.meridian.tenancy.RefusedStateException;
import org.meridian.tenancy.TenantContext;
import org.meridian.tenancy.office.OfficeRef;
import org.meridian.tenancy.people.OfficeRole;
import org.meridian.tenancy.permission.OfficeAction;
import org.meridian.tenancy.permission.OfficePermissions;
import org.meridian.tenancy.permission.PermissionRule;
import org.meridian.tenancy.persistence.OfficeData;
import org.meridian.workflow.quality.QualityGate;
import org.meridian.workflow.quality.QualityGateRefusedException;
import org.meridian.workflow.review.Decision;
import org.meridian.workflow.review.Transition;
import org.meridian.workflow.review.Workflow;

/**
 * Takes the current office's requests to publish or unpublish an item at a later date and time,
 * given in the office's time zone, and lets them be cancelled until they run. Who may schedule a
 * step is who may take it now under the office's review policy (see {@link Workflow#decide}): a
 * scheduled publish needs the same approvals as publishing at once.
 */
@ApplicationScoped
@Transactional
public class Scheduling {

  @Inject private OfficeData data;
  @Inject private TenantContext tenant;
  @Inject private OfficePermissions permissions;
  @Inject private Workflow workflow;
  @Inject private QualityGate qualityGate;

  @Inject private Clock clock;

  /**
   * Schedules {@code action} for the item at {@code local} (the office's time). A publish makes the
   * item's latest revision, as it is now, live at that time.
   *
   * @throws ScheduleRefusedException when the time has passed or does not exist, the item cannot
   *     take that action, or the person may not publish in this office
   * @throws ContentNotFoundException when the office has no such item
   */
  public ScheduleSummary schedule(
      long itemId, ScheduledAction action, LocalDateTime local, String actor) {
    OfficeRef office = tenant.require();
    requireMayPublish(office, actor);
    return schedule(itemId, action, local, actor, false);
  }

  /**
   * Schedules as {@link #schedule(long, ScheduledAction, LocalDateTime, String)} for a machine
   * client (an API token) whose standing is {@code roles} rather than an account's memberships: it
   * may schedule what it may do at once as an editor ({@link Workflow#decideAsEditor}).
   */
  public ScheduleSummary scheduleAs(
      List<OfficeRole> roles,
      long itemId,
      ScheduledAction action,
      LocalDateTime local,
      String actor) {
    OfficeRef office = tenant.require();
    requireMayPublish(office, roles);
    return schedule(itemId, action, local, actor, true);
  }

  private ScheduleSummary schedule(
      long itemId, ScheduledAction action, LocalDateTime local, String actor, boolean asEditor) {
    OfficeRef office = tenant.require();
    if (action == null) {
      throw new ScheduleRefusedException(
          Refusal.of("schedule.choose_action", "Choose whether to publish or unpublish"));
    }
    Instant dueAt;
    try {
      dueAt = ScheduleTime.resolve(local, office.timeZone(), Instant.now(clock));
    } catch (RefusedArgumentException e) {
      throw new ScheduleRefusedException(e.refusal());
    }
    var em = data.entityManager();
    ContentItem item = em.find(ContentItem.class, itemId);
    if (item == null) {
      throw ContentNotFoundException.item(itemId);
    }
    Transition step = action == ScheduledAction.PUBLISH ? Transition.PUBLISH : Transition.UNPUBLISH;
    Decision allowed =
        asEditor
            ? workflow.decideAsEditor(itemId, step, actor, true)
            : workflow.decide(itemId, step, actor, true);
    if (!allowed.allowed()) {
      throw new ScheduleRefusedException(allowed.refusal());
    }
    ScheduledChange change =
        switch (action) {
          case PUBLISH -> {
            var latest = item.latestRevision();
            try {
              // Said now rather than at the time: in block mode a text with findings cannot be
              // scheduled (the scheduler checks again when the time comes).
              qualityGate.enforce(latest);
            } catch (QualityGateRefusedException blocked) {
              throw new ScheduleRefusedException(blocked.refusal());
            }
            yield new ScheduledChange(
                itemId, action, latest.getId(), latest.number(), dueAt, actor);
          }
          case UNPUBLISH -> new ScheduledChange(itemId, action, null, null, dueAt, actor);
        };
    em.persist(change);
    em.flush();
    return ScheduleSummary.of(change);
  }

  /** Cancels a pending schedule of the current office. */
  public ScheduleSummary cancel(long scheduleId, String actor) {
    requireMayPublish(tenant.require(), actor);
    return cancelChecked(scheduleId, actor);
  }

  /** Cancels a pending schedule for a caller whose standing is {@code roles}. */
  public ScheduleSummary cancelAs(List<OfficeRole> roles, long scheduleId, String actor) {
    requireMayPublish(tenant.require(), roles);
    return cancelChecked(scheduleId, actor);
  }

  private ScheduleSummary cancelChecked(long scheduleId, String actor) {
    ScheduledChange change = data.entityManager().find(ScheduledChange.class, scheduleId);
    if (change == null) {
      throw new ScheduleRefusedException(
          Refusal.of("schedule.no_such_schedule", "There is no such schedule in this office"));
    }
    try {
      change.cancel(actor, Instant.now(clock));
    } catch (RefusedStateException e) {
      throw new ScheduleRefusedException(e.refusal());
    }
    return ScheduleSummary.of(change);
  }

  /** The item's schedules, pending ones first by time, then the ended ones, newest first. */
  public List<ScheduleSummary> forItem(long itemId) {
    return data.entityManager()
        .createQuery(
            "select c from ScheduledChange c where c.itemId = :item order by c.dueAt desc",
            ScheduledChange.class)
        .setParameter("item", itemId)
        .getResultStream()
        .map(ScheduleSummary::of)
        .sorted(
            java.util.Comparator.comparing((ScheduleSummary s) -> !s.isPending())
                .thenComparing(
                    s -> s.isPending() ? s.dueAt().toEpochMilli() : -s.dueAt().toEpochMilli()))
        .toList();
  }

  /** The office's pending schedules, soonest first. */
  public List<ScheduleSummary> pending(int limit) {
    return data.entityManager()
        .createQuery(
            "select c from ScheduledChange c where c.status = :pending order by c.dueAt",
            ScheduledChange.class)
        .setParameter("pending", ScheduleStatus.PENDING)
        .setMaxResults(limit)
        .getResultStream()
        .map(ScheduleSummary::of)
        .toList();
  }

  private void requireMayPublish(OfficeRef office, String actor) {
    if (!permissions.may(actor, office, OfficeAction.SCHEDULE)) {
      throw outsider(office);
    }
  }

  private void requireMayPublish(OfficeRef office, List<OfficeRole> roles) {
    if (!PermissionRule.decide(roles, office, OfficeAction.SCHEDULE)) {
      throw outsider(office);
    }
  }

  private static ScheduleRefusedException outsider(OfficeRef office) {
    return new ScheduleRefusedException(
        Refusal.of(
            "schedule.outsider_0",
            "Only people working in {0} may schedule its content",
            office.code()));
  }
}
