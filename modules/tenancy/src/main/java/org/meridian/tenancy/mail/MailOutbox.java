package org.meridian.tenancy.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.meridian.tenancy.health.Backlog;

/**
 * Puts messages in the outbox and lists them. {@link MailTicker} sends them later, outside the
 * transaction that queued them, when an SMTP server is configured. Reads run in a transaction (the
 * caller's, else their own): the health check, the metrics and the console read at once, and
 * outside a transaction they closed each other's entity manager (InTransaction says why).
 */
@ApplicationScoped
public class MailOutbox {

  @PersistenceContext(unitName = "meridian")
  private EntityManager entityManager;

  /**
   * Queues a message as part of the caller's transaction (required: a message must stand or fall
   * with the change that caused it).
   */
  @Transactional(TxType.MANDATORY)
  public void put(String recipient, String subject, String body) {
    entityManager.persist(new OutboxMessage(recipient, subject, body));
  }

  /**
   * The messages due for an attempt at {@code now} and not sent yet, and since when the oldest of
   * them has been waiting (its due time, else its creation).
   */
  @Transactional
  public Backlog due(Instant now) {
    Object[] row =
        entityManager
            .createQuery(
                "select count(m), min(coalesce(m.nextAttemptAt, m.createdAt)) from OutboxMessage m"
                    + " where m.sentAt is null and m.failedAt is null"
                    + " and (m.nextAttemptAt is null or m.nextAttemptAt <= :now)",
                Object[].class)
            .setParameter("now", now)
            .getSingleResult();
    long waiting = ((Number) row[0]).longValue();
    return waiting == 0
        ? Backlog.EMPTY
        : new Backlog(waiting, Optional.ofNullable((Instant) row[1]));
  }

  /** How many messages were given up after their last attempt. */
  @Transactional
  public long failedCount() {
    return entityManager
        .createQuery(
            "select count(m) from OutboxMessage m where m.failedAt is not null", Long.class)
        .getSingleResult();
  }

  /** The newest messages first, sent or not. */
  @Transactional
  public List<OutboxEntry> latest(int limit) {
    return entityManager
        .createQuery(
            "select m from OutboxMessage m order by m.createdAt desc, m.id desc",
            OutboxMessage.class)
        .setMaxResults(limit)
        .getResultStream()
        .map(OutboxEntry::of)
        .toList();
  }
}
