package org.meridian.tenancy.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
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
}
