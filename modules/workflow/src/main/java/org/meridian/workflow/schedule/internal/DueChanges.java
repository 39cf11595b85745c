package org.meridian.workflow.schedule.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Finds the pending changes that are due, in every office. This is the one read of scheduled
 * changes that is not bound to an office: it returns ids only, and each change is then carried out
 * as its own office. "Due" is judged by the server's clock, like every other "now" in Meridian (a
 * test server's may run ahead); servers whose clocks drift apart still carry each change out once,
 * since finishing a change claims it.
 */
@ApplicationScoped
public class DueChanges {

  @PersistenceContext(unitName = "meridian")
  private EntityManager entityManager;

  @Inject private Clock clock;

  /** A due change: its id, its office's id and its item's id. */
  public record Due(long id, long officeId, long itemId) {}

  @Transactional
  public List<Due> find(int limit) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        entityManager
            .createNativeQuery(
                "select id, office_id, item_id from scheduled_change"
                    + " where status = 'PENDING' and due_at <= ?1"
                    + " order by due_at, id")
            // Multitenant units refuse native SQL; this one read is deliberately across offices.
            .setHint("eclipselink.jdbc.allow-native-sql-query", true)
            // An OffsetDateTime in UTC: what both drivers bind natively (see InstantConverter).
            .setParameter(1, OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
            .setMaxResults(limit)
            .getResultList();
    return rows.stream()
        .map(
            r ->
                new Due(
                    ((Number) r[0]).longValue(),
                    ((Number) r[1]).longValue(),
                    ((Number) r[2]).longValue()))
        .toList();
  }
}
