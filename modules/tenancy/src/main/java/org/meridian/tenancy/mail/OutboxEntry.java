package org.meridian.tenancy.mail;

import java.time.Instant;

/** A detached view of an outbox message, for listing. */
public record OutboxEntry(
    long id, String recipient, String subject, String body, Instant createdAt, Instant sentAt) {

  static OutboxEntry of(OutboxMessage message) {
    return new OutboxEntry(
        message.getId(),
        message.recipient(),
        message.subject(),
        message.body(),
        message.getCreatedAt(),
        message.sentAt());
  }

  public boolean isSent() {
    return sentAt != null;
  }
}
