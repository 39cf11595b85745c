package org.meridian.tenancy.mail;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Sends what waits in the outbox, one message at a time, outside any editorial transaction: each
 * message is claimed first (only one server wins it), then handed to the mail server, then recorded
 * as sent — or the error is recorded and the message is tried again later with a growing delay
 * ({@link Backoff}), until the senders give up and mark it failed. A mail server that is down, slow
 * or refusing only ever delays mail: the changes that queued the messages committed long before.
 */
final class MailRelay {

  private static final Logger LOG = Logger.getLogger(MailRelay.class.getName());
  static final int BATCH = 50;

  private final OutboxStore store;
  private final MailTransport transport;
  private final MailSettings settings;
  private final Clock clock;
  private final String node;

  MailRelay(
      OutboxStore store, MailTransport transport, MailSettings settings, Clock clock, String node) {
    this.store = store;
    this.transport = transport;
    this.settings = settings;
    this.clock = clock;
    this.node = node;
  }

  /** One run: tries every message that is due now. Returns how many this server sent. */
  int relayDue() {
    int sent = 0;
    for (long id : store.due(clock.instant(), BATCH)) {
      if (relayOne(id)) {
        sent++;
      }
    }
    return sent;
  }

  private boolean relayOne(long id) {
    Instant now = clock.instant();
    Optional<OutboxStore.Claimed> claim = store.claim(id, now, now.plus(settings.claimLease()));
    if (claim.isEmpty()) {
      return false;
    }
    OutboxStore.Claimed message = claim.get();
    try {
      transport.send(message.recipient(), message.subject(), message.body());
    } catch (Exception e) {
      Instant failedAt = clock.instant();
      Optional<Instant> retry = settings.backoff().retryAfter(message.attempt(), failedAt);
      String error = describe(e);
      store.failed(message, failedAt, error, retry);
      LOG.warning(
          () ->
              "Mail "
                  + id
                  + " to "
                  + message.recipient()
                  + ": attempt "
                  + message.attempt()
                  + " failed ("
                  + error
                  + "); "
                  + retry.map(at -> "next attempt at " + at).orElse("giving up"));
      return false;
    }
    store.sent(id, clock.instant(), node);
    LOG.info(() -> "Mail " + id + " sent to " + message.recipient() + " by " + node);
    return true;
  }

  /** The error in one line, with its causes (the socket's timeout is often only in a cause). */
  static String describe(Throwable error) {
    StringBuilder text = new StringBuilder();
    for (Throwable e = error; e != null && text.length() < 500; e = e.getCause()) {
      if (!text.isEmpty()) {
        text.append(" <- ");
      }
      text.append(e.getClass().getSimpleName());
      if (e.getMessage() != null) {
        text.append(": ").append(e.getMessage().replaceAll("\\s+", " ").strip());
      }
      if (e.getCause() == e) {
        break;
      }
    }
    return text.length() <= 500 ? text.toString() : text.substring(0, 497) + "...";
  }
}
