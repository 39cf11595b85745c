package org.meridian.tenancy.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/**
 * Data that belongs to one office. EclipseLink writes and filters the {@code office_id} column
 * itself from the entity manager's {@value #TENANT_PROPERTY} property, on every query, find, update
 * and delete: no repository writes {@code where office_id = ?} by hand. The property is set only by
 * {@link OfficeData}, which refuses to work when no office has been resolved.
 */
@MappedSuperclass
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(
    name = "office_id",
    contextProperty = OfficeOwned.TENANT_PROPERTY,
    discriminatorType = jakarta.persistence.DiscriminatorType.INTEGER)
public abstract class OfficeOwned extends BaseEntity {

  /** The entity-manager property that carries the current office's id. */
  public static final String TENANT_PROPERTY = "meridian.office-id";

  @Column(name = "office_id", insertable = false, updatable = false)
  private Long officeId;

  /** The owning office's id, as stored; read-only, EclipseLink maintains the column. */
  public Long getOfficeId() {
    return officeId;
  }
}
