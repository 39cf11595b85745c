package org.meridian.content.syndication.internal;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.util.Optional;
import org.meridian.content.syndication.Copies;
import org.meridian.content.syndication.SharingSnapshot;
import org.meridian.content.syndication.SyndicationRules;
import org.meridian.content.syndication.TargetState;
import org.meridian.tenancy.TenantContext;
import org.meridian.tenancy.office.OfficeRef;

/**
 * One office's part of a fan-out, as that office and in a transaction of its own: first the claim
 * (a conditional update of the office's line that only one transaction can win), then the work. A
 * failure rolls both back; the runner then records it in a transaction of its own.
 */
@ApplicationScoped
public class FanOutStep {

  /** What became of a step. */
  public enum Outcome {
    DONE,
    NOT_CLAIMED
  }

  @Inject private TargetRows rows;
  @Inject private Copies copies;
  @Inject private TenantContext tenant;

  @Resource private TransactionSynchronizationRegistry transaction;

  /** Makes the current office's copy, or reports why it is skipped. */
  @Transactional(TxType.REQUIRES_NEW)
  public Outcome carry(long targetId, String node) {
    OfficeRef office = tenant.require();
    Optional<SharingSnapshot> found = rows.snapshot(targetId, office.id());
    if (found.isEmpty()) {
      return Outcome.NOT_CLAIMED;
    }
    SharingSnapshot sharing = found.get();
    if (sharing.withdrawn()) {
      return claimed(
          rows.move(
              targetId,
              office.id(),
              TargetState.PENDING,
              TargetState.WITHDRAWN,
              "withdrawn before it was carried",
              null,
              sharing.generation(),
              node));
    }
    SyndicationRules.Planned planned = SyndicationRules.plannedFor(office, sharing.language());
    if (planned.state() == TargetState.SKIPPED) {
      return claimed(
          rows.move(
              targetId,
              office.id(),
              TargetState.PENDING,
              TargetState.SKIPPED,
              planned.reason(),
              null,
              sharing.generation(),
              node));
    }
    if (!rows.move(
        targetId,
        office.id(),
        TargetState.PENDING,
        TargetState.CARRIED,
        null,
        null,
        sharing.generation(),
        node)) {
      return Outcome.NOT_CLAIMED;
    }
    long copy = copies.carry(sharing);
    rows.move(
        targetId,
        office.id(),
        TargetState.CARRIED,
        TargetState.CARRIED,
        null,
        copy,
        sharing.generation(),
        node);
    return Outcome.DONE;
  }

  /** Brings the current office's copy up to date with its source. */
  @Transactional(TxType.REQUIRES_NEW)
  public Outcome follow(long targetId, int generation, String node) {
    OfficeRef office = tenant.require();
    if (!rows.claimSync(targetId, office.id(), generation, node)) {
      return Outcome.NOT_CLAIMED;
    }
    Optional<SharingSnapshot> sharing = rows.snapshot(targetId, office.id());
    sharing.ifPresent(copies::follow);
    return Outcome.DONE;
  }

  /** Takes the current office's copy offline, marked withdrawn. */
  @Transactional(TxType.REQUIRES_NEW)
  public Outcome withdraw(long targetId, String node) {
    OfficeRef office = tenant.require();
    Optional<SharingSnapshot> sharing = rows.snapshot(targetId, office.id());
    if (sharing.isEmpty()
        || !rows.move(
            targetId,
            office.id(),
            TargetState.WITHDRAWING,
            TargetState.WITHDRAWN,
            null,
            null,
            sharing.get().generation(),
            node)) {
      return Outcome.NOT_CLAIMED;
    }
    copies.withdraw(sharing.get());
    return Outcome.DONE;
  }

  /** Records that the office's step failed, with the reason, unless it moved on meanwhile. */
  @Transactional(TxType.REQUIRES_NEW)
  public void recordFailure(long targetId, TargetState from, String why, String node) {
    OfficeRef office = tenant.require();
    int generation =
        rows.snapshot(targetId, office.id()).map(SharingSnapshot::generation).orElse(0);
    rows.move(targetId, office.id(), from, TargetState.FAILED, why, null, generation, node);
  }

  private static Outcome claimed(boolean won) {
    return won ? Outcome.DONE : Outcome.NOT_CLAIMED;
  }
}
