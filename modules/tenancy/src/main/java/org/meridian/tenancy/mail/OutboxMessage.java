package org.meridian.tenancy.mail;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import org.meridian.tenancy.people.Account;
import org.meridian.tenancy.persistence.BaseEntity;

/**
 * One e-mail in the outbox: {@code sentAt} is set once a sender has sent it, {@code failedAt} when
 * the senders gave up; in between, the attempts so far, the last error and the next attempt's time.
 * Senders change these columns with conditional updates only ({@link MailRelay}).
 */
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

  @Column(name = "attempts", nullable = false)
  private int attempts;

  @Column(name = "last_attempt_at")
  private Instant lastAttemptAt;

  @Column(name = "last_error", length = 500)
  private String lastError;

  @Column(name = "next_attempt_at")
  private Instant nextAttemptAt;

  @Column(name = "failed_at")
  private Instant failedAt;

  @Column(name = "sent_by", length = 254)
  private String sentBy;

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

  /** How many times a sender tried to send it. */
  public int attempts() {
    return attempts;
  }

  public Instant lastAttemptAt() {
    return lastAttemptAt;
  }

  /** Why the last attempt failed, or {@code null}. */
  public String lastError() {
    return lastError;
  }

  /** When a sender may try (again); while a sender holds the message, the end of its claim. */
  public Instant nextAttemptAt() {
    return nextAttemptAt;
  }

  /** When the senders gave up on it, or {@code null}. */
  public Instant failedAt() {
    return failedAt;
  }

  /** Which server sent it. */
  public String sentBy() {
    return sentBy;
  }

  public void markSent(Instant when) {
    sentAt = Objects.requireNonNull(when, "when");
  }
}
