package org.meridian.tenancy.mail;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** What the {@link MailRelay} needs of the outbox table; each call is a transaction of its own. */
interface OutboxStore {

  /** A message a sender claimed, and the number its attempt has (1 for the first). */
  record Claimed(long id, String recipient, String subject, String body, int attempt) {}

  /**
   * Ids of messages not sent, not given up, and due for an attempt at {@code now}, oldest first.
   */
  List<Long> due(Instant now, int limit);

  /**
   * Claims a message for one attempt with a conditional update that only one sender can win: counts
   * the attempt and moves its next attempt to {@code leaseUntil}, so that no other sender takes it
   * meanwhile. Empty when another sender was faster or it is no longer due.
   */
  Optional<Claimed> claim(long id, Instant now, Instant leaseUntil);

  /** Records that the message was sent. */
  void sent(long id, Instant at, String node);

  /**
   * Records a failed attempt: the error, and when to try again, or (when {@code retryAt} is empty)
   * that the senders give up. Ignored when the message was meanwhile sent or claimed again.
   */
  void failed(Claimed claimed, Instant at, String error, Optional<Instant> retryAt);
}
