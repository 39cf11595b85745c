package org.meridian.content.syndication.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import org.meridian.content.ContentType;
import org.meridian.content.syndication.SharedFields;
import org.meridian.content.syndication.SharingSnapshot;
import org.meridian.content.syndication.TargetState;
import org.meridian.tenancy.office.LanguageTag;
import org.meridian.tenancy.office.OfficeDirectory;

/**
 * The few reads and writes of sharing rows that cross from one office to another, in plain SQL
 * (EclipseLink's office filter serves one office per transaction): the fan-out's work list (ids
 * only, like the scheduler's), a sharing's snapshot read <em>for the one office it names as a
 * receiver</em>, and the conditional updates that claim and report an office's line. Every
 * statement names the receiving office explicitly, so an office can only ever read or move the
 * lines that name it.
 */
@ApplicationScoped
public class TargetRows {

  private static final String NATIVE = "eclipselink.jdbc.allow-native-sql-query";

  @PersistenceContext(unitName = "meridian")
  private EntityManager entityManager;

  @Inject private OfficeDirectory offices;
  @Inject private Clock clock;

  /** A line the fan-out has work for. */
  public record Work(long targetId, long targetOfficeId, TargetState state, int generation) {}

  /**
   * Lines with work, in every office: pending, to withdraw, or carried but behind their sharing.
   */
  @jakarta.transaction.Transactional
  public List<Work> open(int limit) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        native_(
                "select t.id, t.target_office_id, t.state, s.generation from syndication_target t"
                    + " join syndication s on s.id = t.syndication_id"
                    + " where t.state in ('PENDING', 'WITHDRAWING')"
                    + " or (t.state = 'CARRIED' and t.applied_generation < s.generation)"
                    + " order by t.id")
            .setMaxResults(limit)
            .getResultList();
    return rows.stream()
        .map(
            r ->
                new Work(
                    ((Number) r[0]).longValue(),
                    ((Number) r[1]).longValue(),
                    TargetState.valueOf((String) r[2]),
                    ((Number) r[3]).intValue()))
        .toList();
  }

  /** How many lines have work, in every office, and since when the oldest has waited. */
  @jakarta.transaction.Transactional
  public org.meridian.tenancy.health.Backlog backlog() {
    Object[] row =
        (Object[])
            native_(
                    "select count(*), min(t.modified_at) from syndication_target t"
                        + " join syndication s on s.id = t.syndication_id"
                        + " where t.state in ('PENDING', 'WITHDRAWING')"
                        + " or (t.state = 'CARRIED' and t.applied_generation < s.generation)")
                .getSingleResult();
    long waiting = ((Number) row[0]).longValue();
    return waiting == 0
        ? org.meridian.tenancy.health.Backlog.EMPTY
        : new org.meridian.tenancy.health.Backlog(
            waiting, java.util.Optional.ofNullable(instant(row[1])));
  }

  /** How many lines failed, in every office. */
  @jakarta.transaction.Transactional
  public long failedCount() {
    return ((Number)
            native_("select count(*) from syndication_target t where t.state = 'FAILED'")
                .getSingleResult())
        .longValue();
  }

  private static java.time.Instant instant(Object value) {
    if (value instanceof java.time.Instant i) {
      return i;
    }
    if (value instanceof java.time.OffsetDateTime o) {
      return o.toInstant();
    }
    if (value instanceof java.sql.Timestamp t) {
      return t.toInstant();
    }
    return null;
  }

  /** The sharing of line {@code targetId}, if that line names {@code officeId} as the receiver. */
  public Optional<SharingSnapshot> snapshot(long targetId, long officeId) {
    return snapshotWhere("t.id = ?1 and t.target_office_id = ?2", targetId, officeId);
  }

  /** The sharing {@code syndicationId}, if it names {@code officeId} as a receiver. */
  public Optional<SharingSnapshot> snapshotOfSharing(long syndicationId, long officeId) {
    return snapshotWhere("s.id = ?1 and t.target_office_id = ?2", syndicationId, officeId);
  }

  private Optional<SharingSnapshot> snapshotWhere(String where, long first, long officeId) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        native_(
                "select s.id, t.id, s.office_id, s.source_item_id, s.content_type, s.language,"
                    + " s.slug, s.source_path, s.source_live, s.source_revision, s.inherited,"
                    + " s.mandatory, s.locked_fields, s.generation, s.status, s.changed_by,"
                    + " s.shared_by from syndication s join syndication_target t"
                    + " on t.syndication_id = s.id where "
                    + where)
            .setParameter(1, first)
            .setParameter(2, officeId)
            .getResultList();
    return rows.stream().findFirst().map(this::snapshotOf);
  }

  private SharingSnapshot snapshotOf(Object[] r) {
    ContentType type = ContentType.valueOf((String) r[4]);
    long sourceOffice = ((Number) r[2]).longValue();
    String locked = (String) r[12];
    return new SharingSnapshot(
        ((Number) r[0]).longValue(),
        ((Number) r[1]).longValue(),
        sourceOffice,
        offices.findById(sourceOffice).map(o -> o.code().value()).orElse("another office"),
        ((Number) r[3]).longValue(),
        type,
        new LanguageTag((String) r[5]),
        (String) r[6],
        (String) r[7],
        bool(r[8]),
        ((Number) r[9]).intValue(),
        SharedFields.fromJson(type, text(r[10])),
        bool(r[11]),
        locked == null || locked.isEmpty()
            ? java.util.Set.of()
            : new LinkedHashSet<>(Arrays.asList(locked.split(","))),
        ((Number) r[13]).intValue(),
        "WITHDRAWN".equals(r[14]),
        (String) r[15],
        (String) r[16]);
  }

  /**
   * Moves line {@code targetId} of receiver {@code officeId} from {@code from} to {@code to}: true
   * for the one transaction that wins it (the row stays locked until that one ends).
   */
  public boolean move(
      long targetId,
      long officeId,
      TargetState from,
      TargetState to,
      String reason,
      Long copyItemId,
      int generation,
      String node) {
    // Two statements rather than a nullable parameter: PostgreSQL cannot always type a bare null.
    Query update =
        copyItemId == null
            ? native_(
                "update syndication_target set state = ?1, reason = ?2, applied_generation = ?4,"
                    + " finished_at = ?9, finished_by = ?5,"
                    + " modified_at = ?10, version = version + 1,"
                    + " attempts = attempts + 1"
                    + " where id = ?6 and target_office_id = ?7 and state = ?8")
            : native_(
                    "update syndication_target set state = ?1, reason = ?2, copy_item_id = ?3,"
                        + " applied_generation = ?4, finished_at = ?9,"
                        + " finished_by = ?5, modified_at = ?10,"
                        + " version = version + 1"
                        + " where id = ?6 and target_office_id = ?7 and state = ?8")
                .setParameter(3, copyItemId);
    return update
            .setParameter(1, to.name())
            .setParameter(2, reason == null ? "" : truncate(reason))
            .setParameter(4, generation)
            .setParameter(5, truncate(node))
            .setParameter(6, targetId)
            .setParameter(7, officeId)
            .setParameter(8, from.name())
            .setParameter(9, now())
            .setParameter(10, now())
            .executeUpdate()
        == 1;
  }

  /** Claims the sync of a carried line to {@code generation}: true for the one that wins it. */
  public boolean claimSync(long targetId, long officeId, int generation, String node) {
    return native_(
                "update syndication_target set applied_generation = ?1, finished_by = ?2,"
                    + " modified_at = ?5, version = version + 1"
                    + " where id = ?3 and target_office_id = ?4 and state = 'CARRIED'"
                    + " and applied_generation < ?1")
            .setParameter(1, generation)
            .setParameter(2, truncate(node))
            .setParameter(3, targetId)
            .setParameter(4, officeId)
            .setParameter(5, now())
            .executeUpdate()
        == 1;
  }

  /** The receiving office declined or took back the item: its line in the report says so. */
  public void reportByReceiver(
      long syndicationId, long officeId, TargetState to, String reason, String actor) {
    native_(
            "update syndication_target set state = ?1, reason = ?2, finished_by = ?3,"
                + " finished_at = ?6, modified_at = ?7,"
                + " version = version + 1"
                + " where syndication_id = ?4 and target_office_id = ?5"
                + " and state in ('CARRIED', 'DECLINED')")
        .setParameter(1, to.name())
        .setParameter(2, reason == null ? "" : truncate(reason))
        .setParameter(3, truncate(actor))
        .setParameter(4, syndicationId)
        .setParameter(5, officeId)
        .setParameter(6, now())
        .setParameter(7, now())
        .executeUpdate();
  }

  /** The server's now, as both drivers bind a {@code timestamp with time zone} natively. */
  private OffsetDateTime now() {
    return OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
  }

  private Query native_(String sql) {
    // Multitenant units refuse native SQL; these statements bind the office themselves.
    return entityManager.createNativeQuery(sql).setHint(NATIVE, true);
  }

  private static boolean bool(Object value) {
    return value instanceof Boolean b ? b : value != null && ((Number) value).intValue() != 0;
  }

  private static String text(Object value) {
    if (value == null) {
      return "{}";
    }
    if (value instanceof java.sql.Clob clob) {
      try {
        return clob.getSubString(1, (int) clob.length());
      } catch (java.sql.SQLException e) {
        throw new IllegalStateException("Cannot read a sharing's snapshot", e);
      }
    }
    return value.toString();
  }

  private static String truncate(String text) {
    return text == null || text.length() <= 250 ? text : text.substring(0, 247) + "...";
  }
}
