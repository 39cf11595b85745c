package org.meridian.content.search.internal;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.List;

/**
 * The index's own SQL through the transaction's entity manager. The persistence unit refuses native
 * SQL (it has office-owned entities) unless a query says so: the search engines do, and bind every
 * statement to an office themselves (see {@link org.meridian.content.search.SearchEngine}).
 */
final class NativeSql {

  private static final String ALLOW_NATIVE_SQL = "eclipselink.jdbc.allow-native-sql-query";

  private final EntityManager em;

  NativeSql(EntityManager em) {
    this.em = em;
  }

  Query query(String sql, List<?> parameters) {
    Query query = em.createNativeQuery(sql).setHint(ALLOW_NATIVE_SQL, true);
    for (int i = 0; i < parameters.size(); i++) {
      query.setParameter(i + 1, parameters.get(i));
    }
    return query;
  }

  int update(String sql, Object... parameters) {
    return query(sql, List.of(parameters)).executeUpdate();
  }

  @SuppressWarnings("unchecked")
  List<Object[]> rows(String sql, List<?> parameters) {
    return ((List<Object>) query(sql, parameters).getResultList())
        .stream().map(row -> row instanceof Object[] cells ? cells : new Object[] {row}).toList();
  }

  long count(String sql, List<?> parameters) {
    Object result = query(sql, parameters).getSingleResult();
    if (result instanceof Object[] cells) {
      result = cells[0];
    }
    return ((Number) result).longValue();
  }

  /** {@code ?from, ?from+1, …} for {@code n} parameters. */
  static String placeholders(int from, int n) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < n; i++) {
      out.append(i == 0 ? "" : ", ").append('?').append(from + i);
    }
    return out.toString();
  }
}
