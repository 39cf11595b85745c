package org.meridian.workflow.lock;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import org.meridian.tenancy.persistence.OfficeOwned;

/**
 * One person having one item of their office open in the editor: one row per (item, person), so
 * that two people on the same item each see the other. {@code since} is when this stretch of
 * editing began; {@code lastSeenAt} the last sign of life, from which the lock expires.
 */
@Entity
@Table(name = "edit_lock")
public class EditLock extends OfficeOwned {

  @Column(name = "item_id", nullable = false, updatable = false)
  private long itemId;

  @Column(name = "person_email", nullable = false, updatable = false, length = 254)
  private String personEmail;

  @Column(name = "person_name", nullable = false, length = 200)
  private String personName;

  @Column(name = "since", nullable = false)
  private Instant since;

  @Column(name = "last_seen_at", nullable = false)
  private Instant lastSeenAt;

  protected EditLock() {}

  EditLock(long itemId, String personEmail, String personName, Instant now) {
    this.itemId = itemId;
    this.personEmail = Objects.requireNonNull(personEmail, "personEmail");
    this.personName = nameOr(personName, personEmail);
    this.since = Objects.requireNonNull(now, "now");
    this.lastSeenAt = now;
  }

  /**
   * A new sign of life at {@code now}. A lock that had already expired starts a new stretch of
   * editing: its {@code since} becomes {@code now}, so nobody is told that someone has been editing
   * "since yesterday" after a night away.
   */
  void renew(Instant now, LockExpiry expiry) {
    Objects.requireNonNull(now, "now");
    if (!isLiveAt(now, expiry)) {
      since = now;
    }
    if (now.isAfter(lastSeenAt)) {
      lastSeenAt = now;
    }
  }

  public boolean isLiveAt(Instant now, LockExpiry expiry) {
    return expiry.isLive(lastSeenAt, now);
  }

  void rename(String name) {
    personName = nameOr(name, personEmail);
  }

  private static String nameOr(String name, String email) {
    String chosen = name == null || name.isBlank() ? email : name.strip();
    return chosen.length() > 200 ? chosen.substring(0, 200) : chosen;
  }

  public long itemId() {
    return itemId;
  }

  public String personEmail() {
    return personEmail;
  }

  public String personName() {
    return personName;
  }

  public Instant since() {
    return since;
  }

  public Instant lastSeenAt() {
    return lastSeenAt;
  }
}
