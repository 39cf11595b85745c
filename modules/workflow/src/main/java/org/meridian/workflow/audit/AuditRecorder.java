package org.meridian.workflow.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Clock;
import org.meridian.tenancy.office.OfficeRef;
import org.meridian.tenancy.people.AccountDirectory;
import org.meridian.tenancy.permission.PermissionRule;

/**
 * Appends entries to the audit trail. It only ever inserts: there is no way to change or delete an
 * entry through the application.
 *
 * <p>Two transaction rules, chosen by what is recorded:
 *
 * <ul>
 *   <li>{@link #recordWithChange}: changes (publishing, offices, tokens) are recorded in the
 *       transaction that makes them. A change that is rolled back leaves no entry, and an entry
 *       that cannot be written rolls the change back: there is no unaudited change.
 *   <li>{@link #recordAlone}: attempts that fail (a wrong password) and reads are recorded in a
 *       transaction of their own, so that the failing request cannot take its entry with it.
 * </ul>
 */
@ApplicationScoped
public class AuditRecorder {

  @PersistenceContext(unitName = "meridian")
  private EntityManager entityManager;

  @Inject private AuditOrigin origin;

  @Inject private Clock clock;

  @Inject private AccountDirectory accounts;

  /** Records {@code facts} as part of the running transaction; there must be one. */
  @Transactional(TxType.MANDATORY)
  public void recordWithChange(AuditFacts facts) {
    entityManager.persist(entry(facts));
  }

  /** Records {@code facts} in a new transaction, committed whatever happens to the caller's. */
  @Transactional(TxType.REQUIRES_NEW)
  public void recordAlone(AuditFacts facts) {
    entityManager.persist(entry(facts));
  }

  private AuditEntry entry(AuditFacts facts) {
    return new AuditEntry(
        clock.instant(),
        facts.actor(),
        facts.office(),
        actingOffice(facts),
        facts.action(),
        facts.subject(),
        facts.clientAddress() != null ? facts.clientAddress() : requestClient(),
        facts.before(),
        facts.after());
  }

  /**
   * The office through which the actor acted on the entry's office when not one of its members (a
   * regional administrator in a country office of the region, an HQ administrator elsewhere), by
   * the actor's memberships as stored now; none for system work and network-level entries.
   */
  private OfficeRef actingOffice(AuditFacts facts) {
    if (facts.office() == null || !facts.actor().contains("@")) {
      return null;
    }
    return PermissionRule.actingOffice(accounts.officesOf(facts.actor()), facts.office())
        .orElse(null);
  }

  private String requestClient() {
    try {
      return origin.clientAddress().orElse(null);
    } catch (ContextNotActiveException noRequest) {
      return null; // system work outside any request: no address to tell
    }
  }
}
