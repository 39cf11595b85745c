package org.meridian.tenancy.mail;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import org.meridian.tenancy.people.Account;
import org.meridian.tenancy.persistence.BaseEntity;

/** One e-mail waiting in the outbox; {@code sentAt} is set once a sender has sent it. */
@Entity
@Table(name = "mail_outbox")
public class OutboxMessage extends BaseEntity {

  @Column(name = "recipient", nullable = false, updatable = false, length = 254)
  private String recipient;

  @Column(name = "subject", nullable = false, updatable = false, length = 300)
  private String subject;

  @Column(name = "body", nullable = false, updatable = false)
  private String body;

  @Column(name = "sent_at")
  private Instant sentAt;

  protected OutboxMessage() {}

  public OutboxMessage(String recipient, String subject, String body) {
    this.recipient = Account.normaliseEmail(recipient);
    this.subject = Objects.requireNonNull(subject, "subject").strip();
    if (this.subject.isEmpty() || this.subject.length() > 300) {
      throw new IllegalArgumentException("A subject has 1 to 300 characters");
    }
    this.body = Objects.requireNonNull(body, "body");
  }

  public String recipient() {
    return recipient;
  }

  public String subject() {
    return subject;
  }

  public String body() {
    return body;
  }

  public Instant sentAt() {
    return sentAt;
  }

  public void markSent(Instant when) {
    sentAt = Objects.requireNonNull(when, "when");
  }
}
