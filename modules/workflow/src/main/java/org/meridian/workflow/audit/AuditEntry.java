package org.meridian.workflow.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import org.meridian.tenancy.office.OfficeRef;

/**
 * One line of the audit trail. Append-only for the application: it has no method that changes it,
 * every column is {@code updatable = false}, and nothing in Meridian deletes entries. That does not
 * stop someone with database access; protecting the table in the database itself (REVOKE UPDATE,
 * DELETE from the application's role, or a trigger that refuses them) is an operations concern,
 * described for PostgreSQL in docs/audit.md.
 *
 * <p>Not office-owned: HQ reads the whole trail, so the table carries {@code office_id} as plain
 * data and {@link AuditTrail} applies the reader's office to every query. It deliberately has no
 * {@code @Version} or modification time (it is never modified) and no foreign keys: the trail must
 * outlive anything it talks about.
 */
@Entity
@Table(name = "audit_entry")
public class AuditEntry {

  static final int SUMMARY_LENGTH = 500;

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_entry_seq")
  @SequenceGenerator(
      name = "audit_entry_seq",
      sequenceName = "audit_entry_seq",
      allocationSize = 50)
  @Column(name = "id", updatable = false)
  private Long id;

  @Column(name = "occurred_at", nullable = false, updatable = false)
  private Instant occurredAt;

  @Column(name = "actor", nullable = false, updatable = false, length = 320)
  private String actor;

  @Column(name = "office_id", updatable = false)
  private Long officeId;

  @Column(name = "office_code", updatable = false, length = 40)
  private String officeCode;

  /**
   * The office through which the actor acted when not a member of the office concerned: the
   * regional office for a regional administrator, HQ for an HQ administrator.
   */
  @Column(name = "acting_office_code", updatable = false, length = 40)
  private String actingOfficeCode;

  @Column(name = "action", nullable = false, updatable = false, length = 64)
  private String action;

  @Column(name = "subject", nullable = false, updatable = false, length = 300)
  private String subject;

  @Column(name = "client_address", updatable = false, length = 64)
  private String clientAddress;

  @Column(name = "before_summary", updatable = false, length = SUMMARY_LENGTH)
  private String before;

  @Column(name = "after_summary", updatable = false, length = SUMMARY_LENGTH)
  private String after;

  protected AuditEntry() {}

  /**
   * @param office the office concerned; {@code null} for network-level events (sign-ins, HQ's reads
   *     across offices)
   */
  public AuditEntry(
      Instant occurredAt,
      String actor,
      OfficeRef office,
      AuditAction action,
      String subject,
      String clientAddress,
      String before,
      String after) {
    this(occurredAt, actor, office, null, action, subject, clientAddress, before, after);
  }

  /**
   * @param actingOffice the office through which {@code actor} acted on {@code office} when not one
   *     of its members; {@code null} otherwise
   */
  public AuditEntry(
      Instant occurredAt,
      String actor,
      OfficeRef office,
      OfficeRef actingOffice,
      AuditAction action,
      String subject,
      String clientAddress,
      String before,
      String after) {
    this.actingOfficeCode = actingOffice == null ? null : actingOffice.code().value();
    this.occurredAt = Objects.requireNonNull(occurredAt, "occurredAt");
    this.actor = clip(requireText(actor, "actor"), 320);
    this.officeId = office == null ? null : office.id();
    this.officeCode = office == null ? null : office.code().value();
    this.action = Objects.requireNonNull(action, "action").code();
    this.subject = clip(subject == null ? "" : subject, 300);
    this.clientAddress = clientAddress == null ? null : clip(clientAddress, 64);
    this.before = before == null ? null : clip(before, SUMMARY_LENGTH);
    this.after = after == null ? null : clip(after, SUMMARY_LENGTH);
  }

  private static String requireText(String text, String what) {
    if (text == null || text.isBlank()) {
      throw new IllegalArgumentException("An audit entry needs its " + what);
    }
    return text.strip();
  }

  /** Cuts an over-long value (with an ellipsis) rather than losing the whole entry. */
  static String clip(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max - 1) + "…";
  }

  /** The entry as views and exports show it, detached from JPA. */
  public AuditRow row() {
    return new AuditRow(
        id == null ? 0 : id,
        occurredAt,
        actor,
        officeCode,
        actingOfficeCode,
        action,
        subject,
        clientAddress,
        before,
        after);
  }

  public Long getId() {
    return id;
  }

  public Long officeId() {
    return officeId;
  }
}
