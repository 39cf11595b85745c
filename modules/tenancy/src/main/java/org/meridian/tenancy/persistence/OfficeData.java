package org.meridian.tenancy.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import org.eclipse.persistence.config.HintValues;
import org.eclipse.persistence.config.QueryHints;
import org.eclipse.persistence.internal.sessions.UnitOfWorkImpl;
import org.meridian.tenancy.TenantContext;

/**
 * The one door to office-owned data: an entity manager bound to the request's office, so that
 * EclipseLink filters and stamps every {@link OfficeOwned} row with it. Without a resolved office
 * it throws {@link org.meridian.tenancy.NoOfficeResolvedException}; in a transaction that already
 * serves another office, {@link IllegalStateException}.
 */
@ApplicationScoped
public class OfficeData {

  @PersistenceContext(unitName = "meridian")
  private EntityManager entityManager;

  @Inject private TenantContext tenant;

  /**
   * The transaction's entity manager, bound to the current office. Call inside a transaction, which
   * from then on serves that office only ({@link TenantContext#requireForData}).
   */
  public EntityManager entityManager() {
    entityManager.setProperty(OfficeOwned.TENANT_PROPERTY, tenant.requireForData().id());
    return entityManager;
  }

  /**
   * A query of the current office's data whose results are only read: EclipseLink neither copies
   * nor tracks them ({@code eclipselink.read-only}), unless the transaction has already begun its
   * work in the database (it has written, or run native SQL). EclipseLink runs a read-only query on
   * a connection of its own; in such a transaction that is a second connection, not given back
   * until the first is, and a few dozen requests doing it at once take the whole pool and wait for
   * each other (ConnectionUse). The query would not see the transaction's own writes either. So
   * there it runs as an ordinary query, on the transaction's connection.
   */
  public <T> TypedQuery<T> readOnlyQuery(String jpql, Class<T> type) {
    EntityManager em = entityManager();
    TypedQuery<T> query = em.createQuery(jpql, type);
    if (!em.unwrap(UnitOfWorkImpl.class).isInTransaction()) {
      query.setHint(QueryHints.READ_ONLY, HintValues.TRUE);
    }
    return query;
  }
}
