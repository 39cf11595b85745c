package org.meridian.workflow.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.meridian.tenancy.Refusal;
import org.meridian.tenancy.office.OfficeCode;
import org.meridian.tenancy.office.OfficeDirectory;
import org.meridian.tenancy.office.OfficeRef;
import org.meridian.tenancy.people.AccountDirectory;

/**
 * The only way to read the audit trail. The trail is not filtered by the data layer (HQ reads all
 * of it), so this service applies the reader's office itself, on every query: it looks up the
 * reader's roles and applies {@link AuditAccess}, whatever the caller passes as a filter. The
 * reader is always an explicit parameter, never taken from the request.
 */
@ApplicationScoped
@Transactional
public class AuditTrail {

  /** The most entries one page shows. */
  public static final int MAX_PAGE = 200;

  /** The most entries one CSV export holds; narrow the search for more. */
  public static final int MAX_EXPORT = 10_000;

  @PersistenceContext(unitName = "meridian")
  private EntityManager entityManager;

  @Inject private AccountDirectory accounts;
  @Inject private OfficeDirectory offices;

  /**
   * What {@code reader} may search with {@code filter}.
   *
   * @param workingIn the office the reader works in now (the console's current office), or null
   * @throws AuditAccessDeniedException when the reader may not see what the filter asks for
   */
  public AuditScope scopeFor(String reader, OfficeRef workingIn, AuditFilter filter) {
    if (reader == null || reader.isBlank()) {
      throw new AuditAccessDeniedException(
          Refusal.of("audit.sign_in", "Sign in to see the audit trail."));
    }
    return AuditAccess.scopeFor(
        accounts.officesOf(reader),
        workingIn,
        filter.office(),
        code -> {
          try {
            return offices.find(new OfficeCode(code));
          } catch (IllegalArgumentException notACode) {
            return java.util.Optional.empty();
          }
        });
  }

  /**
   * One page of entries that {@code reader} may see and that match {@code filter}, newest first.
   */
  public AuditPage search(
      String reader, OfficeRef workingIn, AuditFilter filter, int offset, int limit) {
    if (offset < 0 || limit < 1 || limit > MAX_PAGE) {
      throw new IllegalArgumentException("A page holds 1 to " + MAX_PAGE + " entries");
    }
    AuditScope scope = scopeFor(reader, workingIn, filter);
    List<AuditRow> rows = query(scope, filter, offset, limit + 1);
    boolean more = rows.size() > limit;
    return new AuditPage(scope, more ? rows.subList(0, limit) : rows, offset, more);
  }

  /** Every entry (up to {@link #MAX_EXPORT}) that a search with {@code filter} finds. */
  public AuditPage export(String reader, OfficeRef workingIn, AuditFilter filter) {
    AuditScope scope = scopeFor(reader, workingIn, filter);
    List<AuditRow> rows = query(scope, filter, 0, MAX_EXPORT + 1);
    boolean more = rows.size() > MAX_EXPORT;
    return new AuditPage(scope, more ? rows.subList(0, MAX_EXPORT) : rows, 0, more);
  }

  private List<AuditRow> query(AuditScope scope, AuditFilter filter, int offset, int max) {
    List<String> conditions = new ArrayList<>();
    Map<String, Object> parameters = new LinkedHashMap<>();
    // The reader's office: the one hand-written office condition of Meridian, because this
    // table is deliberately outside the data layer's tenant filter (see the class comment).
    scope
        .onlyOffice()
        .ifPresent(
            office -> {
              conditions.add("e.officeId = :office");
              parameters.put("office", office.id());
            });
    if (filter.person() != null) {
      conditions.add("lower(e.actor) like :person escape '\\'");
      parameters.put("person", "%" + likeEscaped(filter.person().toLowerCase(Locale.ROOT)) + "%");
    }
    if (filter.item() != null) {
      conditions.add("(e.subject = :item or e.subject like :itemAnd)");
      parameters.put("item", AuditFilter.itemSubject(filter.item()));
      parameters.put("itemAnd", AuditFilter.itemSubject(filter.item()) + " %");
    }
    if (filter.action() != null) {
      conditions.add("e.action = :action");
      parameters.put("action", filter.action());
    }
    if (filter.from() != null) {
      conditions.add("e.occurredAt >= :from");
      parameters.put("from", startOf(filter.from()));
    }
    if (filter.to() != null) {
      conditions.add("e.occurredAt < :to");
      parameters.put("to", startOf(filter.to().plusDays(1)));
    }
    String where = conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
    TypedQuery<AuditEntry> query =
        entityManager.createQuery(
            "select e from AuditEntry e" + where + " order by e.occurredAt desc, e.id desc",
            AuditEntry.class);
    parameters.forEach(query::setParameter);
    return query
        .setFirstResult(offset)
        .setMaxResults(max)
        .getResultStream()
        .map(AuditEntry::row)
        .toList();
  }

  private static Instant startOf(java.time.LocalDate day) {
    return day.atStartOfDay(ZoneOffset.UTC).toInstant();
  }

  private static String likeEscaped(String text) {
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }
}
