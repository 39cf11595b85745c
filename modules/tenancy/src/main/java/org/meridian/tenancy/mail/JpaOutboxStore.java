package org.meridian.tenancy.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The outbox table as the relay uses it: every call in a transaction of its own, every change a
 * conditional update, so that servers sharing the database never send one message twice.
 */
@ApplicationScoped
class JpaOutboxStore implements OutboxStore {

  private static final String OPEN = "m.sentAt is null and m.failedAt is null";

  @PersistenceContext(unitName = "meridian")
  private EntityManager entityManager;

  @Override
  @Transactional(TxType.REQUIRES_NEW)
  public List<Long> due(Instant now, int limit) {
    return entityManager
        .createQuery(
            "select m.id from OutboxMessage m where "
                + OPEN
                + " and (m.nextAttemptAt is null or m.nextAttemptAt <= :now)"
                + " order by m.createdAt, m.id",
            Long.class)
        .setParameter("now", now)
        .setMaxResults(limit)
        .getResultList();
  }

  @Override
  @Transactional(TxType.REQUIRES_NEW)
  public Optional<Claimed> claim(long id, Instant now, Instant leaseUntil) {
    // Only one transaction can win this update: the row stays locked until the winner commits,
    // and the loser's condition no longer holds once it gets the row.
    int won =
        entityManager
            .createQuery(
                "update OutboxMessage m set m.attempts = m.attempts + 1, m.lastAttemptAt = :now,"
                    + " m.nextAttemptAt = :lease, m.modifiedAt = :now, m.version = m.version + 1"
                    + " where m.id = :id and "
                    + OPEN
                    + " and (m.nextAttemptAt is null or m.nextAttemptAt <= :now)")
            .setParameter("now", now)
            .setParameter("lease", leaseUntil)
            .setParameter("id", id)
            .executeUpdate();
    if (won != 1) {
      return Optional.empty();
    }
    Object[] row =
        entityManager
            .createQuery(
                "select m.recipient, m.subject, m.body, m.attempts from OutboxMessage m"
                    + " where m.id = :id",
                Object[].class)
            .setParameter("id", id)
            .getSingleResult();
    return Optional.of(
        new Claimed(
            id, (String) row[0], (String) row[1], (String) row[2], ((Number) row[3]).intValue()));
  }

  @Override
  @Transactional(TxType.REQUIRES_NEW)
  public void sent(long id, Instant at, String node) {
    entityManager
        .createQuery(
            "update OutboxMessage m set m.sentAt = :at, m.sentBy = :node, m.nextAttemptAt = null,"
                + " m.modifiedAt = :at, m.version = m.version + 1"
                + " where m.id = :id and m.sentAt is null")
        .setParameter("at", at)
        .setParameter("node", truncate(node, 254))
        .setParameter("id", id)
        .executeUpdate();
  }

  @Override
  @Transactional(TxType.REQUIRES_NEW)
  public void failed(Claimed claimed, Instant at, String error, Optional<Instant> retryAt) {
    String change =
        retryAt.isPresent()
            ? "m.nextAttemptAt = :next"
            : "m.failedAt = :at, m.nextAttemptAt = null";
    var update =
        entityManager
            .createQuery(
                "update OutboxMessage m set m.lastError = :error, "
                    + change
                    + ", m.modifiedAt = :at, m.version = m.version + 1"
                    + " where m.id = :id and m.sentAt is null and m.attempts = :attempt")
            .setParameter("error", truncate(error, 500))
            .setParameter("at", at)
            .setParameter("id", claimed.id())
            .setParameter("attempt", claimed.attempt());
    retryAt.ifPresent(next -> update.setParameter("next", next));
    update.executeUpdate();
  }

  private static String truncate(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max - 3) + "...";
  }
}
