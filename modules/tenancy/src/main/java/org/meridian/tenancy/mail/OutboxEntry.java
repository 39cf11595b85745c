package org.meridian.tenancy.mail;

import java.time.Instant;

/** A detached view of an outbox message, for listing, with where its delivery stands. */
public record OutboxEntry(
    long id,
    String recipient,
    String subject,
    String body,
    Instant createdAt,
    Instant sentAt,
    int attempts,
    Instant lastAttemptAt,
    String lastError,
    Instant nextAttemptAt,
    Instant failedAt,
    String sentBy)
    implements java.io.Serializable {

  static OutboxEntry of(OutboxMessage message) {
    return new OutboxEntry(
        message.getId(),
        message.recipient(),
        message.subject(),
        message.body(),
        message.getCreatedAt(),
        message.sentAt(),
        message.attempts(),
        message.lastAttemptAt(),
        message.lastError(),
        message.nextAttemptAt(),
        message.failedAt(),
        message.sentBy());
  }

  public boolean isSent() {
    return sentAt != null;
  }

  /** Whether the senders gave up on it. */
  public boolean isFailed() {
    return sentAt == null && failedAt != null;
  }

  /**
   * The delivery status in a word: {@code SENT}, {@code FAILED}, {@code RETRYING} or {@code
   * WAITING}.
   */
  public String status() {
    if (isSent()) {
      return "SENT";
    }
    if (isFailed()) {
      return "FAILED";
    }
    return attempts > 0 ? "RETRYING" : "WAITING";
  }
}
