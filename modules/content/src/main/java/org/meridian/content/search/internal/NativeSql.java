package org.meridian.content.search.internal;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.List;

/**
 * The index's own SQL, with numbered parameters ({@code ?1}, {@code ?2}…; a number may appear more
 * than once). In the server it runs through the transaction's entity manager ({@link #of}); the
 * engines' tests run it over plain JDBC.
 */
public interface NativeSql {

  /** Runs an insert, update or delete. */
  int update(String sql, List<?> parameters);

  /** The rows of a select, each as its columns. */
  List<Object[]> rows(String sql, List<?> parameters);

  default int update(String sql, Object... parameters) {
    return update(sql, List.of(parameters));
  }

  default long count(String sql, List<?> parameters) {
    Object result = rows(sql, parameters).get(0)[0];
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

  /**
   * SQL through the transaction's entity manager. The persistence unit refuses native SQL (it has
   * office-owned entities) unless a query says so: the search engines do, and bind every statement
   * to an office themselves (see {@link org.meridian.content.search.SearchEngine}).
   */
  static NativeSql of(EntityManager em) {
    String allow = "eclipselink.jdbc.allow-native-sql-query";
    return new NativeSql() {
      private Query query(String sql, List<?> parameters) {
        Query query = em.createNativeQuery(sql).setHint(allow, true);
        for (int i = 0; i < parameters.size(); i++) {
          query.setParameter(i + 1, parameters.get(i));
        }
        return query;
      }

      @Override
      public int update(String sql, List<?> parameters) {
        return query(sql, parameters).executeUpdate();
      }

      @Override
      @SuppressWarnings("unchecked")
      public List<Object[]> rows(String sql, List<?> parameters) {
        return ((List<Object>) query(sql, parameters).getResultList())
            .stream()
                .map(row -> row instanceof Object[] cells ? cells : new Object[] {row})
                .toList();
      }
    };
  }
}
