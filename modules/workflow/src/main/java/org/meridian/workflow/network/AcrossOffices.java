package org.meridian.workflow.network;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.meridian.tenancy.TenantContext;
import org.meridian.tenancy.office.OfficeCode;
import org.meridian.tenancy.office.OfficeDirectory;
import org.meridian.tenancy.office.OfficeRef;
import org.meridian.tenancy.permission.NetworkAction;
import org.meridian.tenancy.permission.OfficePermissions;
import org.meridian.workflow.audit.AuditAction;
import org.meridian.workflow.audit.AuditFacts;
import org.meridian.workflow.audit.AuditRecorder;

/**
 * HQ's one explicit, audited path to office-owned data of several offices. The data layer serves
 * one office per transaction and fails closed without one; this service is the only code that walks
 * the offices: for each it enters the office with {@link TenantContext#callAs} and runs the work in
 * a transaction of its own, so every read is still filtered by the data layer to that office
 * ({@link #readEach}). Figures of every office at once come from a few statements grouped by
 * office, which need its {@link GroupedRead} ({@link #readGrouped}). Before reading, it records one
 * {@code hq.read-across-offices} entry with the purpose, in its own transaction, so that even a
 * read that fails half-way is on the record.
 *
 * <p>It lives in {@code workflow}, next to the audit trail it writes to; {@code content} offers
 * per-office queries and never needs to know about it.
 */
@ApplicationScoped
public class AcrossOffices {

  @Inject private OfficeDirectory offices;
  @Inject private TenantContext tenant;
  @Inject private OfficePermissions permissions;
  @Inject private AuditRecorder audit;
  @Inject private org.meridian.workflow.network.internal.OfficeTransaction transaction;

  /**
   * Runs {@code perOffice} for every office of the network (suspended and archived ones included),
   * HQ first, each in its own transaction and as that office. The results are keyed by office code:
   * an {@link OfficeRef} is a snapshot of the office's settings, which may be refreshed between the
   * read and the lookup.
   *
   * @param purpose why HQ reads, in a few words: it goes into the audit trail
   * @param actor an HQ administrator's e-mail address, or {@link AuditFacts#SYSTEM} for system work
   * @throws HqOnlyException when {@code actor} is not an HQ administrator
   */
  @Transactional(TxType.NOT_SUPPORTED)
  public <T> Map<OfficeCode, T> readEach(
      String purpose, String actor, Function<OfficeRef, T> perOffice) {
    Objects.requireNonNull(perOffice, "perOffice");
    List<OfficeRef> all = offices.all();
    recordRead(purpose, actor, "read " + all.size() + " offices");
    Map<OfficeCode, T> results = new LinkedHashMap<>();
    for (OfficeRef office : all) {
      results.put(
          office.code(),
          tenant.callAs(office, () -> transaction.call(() -> perOffice.apply(office))));
    }
    return results;
  }

  /**
   * Runs {@code work} as one office, in a transaction of its own, for an HQ administrator looking
   * at that office from the network's side; recorded like {@link #readEach}.
   */
  @Transactional(TxType.NOT_SUPPORTED)
  public <T> T readOne(
      String purpose, String actor, OfficeRef office, Function<OfficeRef, T> work) {
    Objects.requireNonNull(office, "office");
    recordRead(purpose, actor, "read office " + office.code());
    return tenant.callAs(office, () -> transaction.call(() -> work.apply(office)));
  }

  /**
   * Runs {@code work} once for the whole network, in a transaction of its own, for figures that
   * grouped statements read for every office at once (one statement per figure instead of one per
   * office: see {@link GroupedRead}); recorded like {@link #readEach}. {@code work} reads through
   * those statements only, never through {@code OfficeData}, which serves the request's own office.
   *
   * @throws HqOnlyException when {@code actor} is not an HQ administrator
   */
  @Transactional(TxType.NOT_SUPPORTED)
  public <T> T readGrouped(String purpose, String actor, Function<GroupedRead, T> work) {
    Objects.requireNonNull(work, "work");
    List<OfficeRef> all = offices.all();
    recordRead(purpose, actor, "read " + all.size() + " offices");
    GroupedRead read = new GroupedRead(all);
    try {
      return transaction.call(() -> work.apply(read));
    } finally {
      read.close();
    }
  }

  /** Checks the purpose and the actor, then records the read in a transaction of its own. */
  private void recordRead(String purpose, String actor, String what) {
    if (purpose == null || purpose.isBlank()) {
      throw new IllegalArgumentException("Say why HQ reads across offices: it is audited");
    }
    requireHq(actor);
    audit.recordAlone(
        new AuditFacts(
            actor, null, AuditAction.HQ_READ_ACROSS_OFFICES, purpose.strip(), null, null, what));
  }

  private void requireHq(String actor) {
    if (AuditFacts.SYSTEM.equals(actor)) {
      return;
    }
    if (!permissions.mayInNetwork(actor, NetworkAction.READ_ACROSS_OFFICES)) {
      throw new HqOnlyException(actor);
    }
  }
}
