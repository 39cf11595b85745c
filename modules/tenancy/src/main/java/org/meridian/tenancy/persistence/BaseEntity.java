package org.meridian.tenancy.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * Id, creation and modification times (stamped by {@link EntityTimes}) and an optimistic-lock
 * version for every entity.
 *
 * <p>Ids come from one database sequence (created by the migrations): IDENTITY columns do not work
 * on the H2 that Payara bundles, and one sequence behaves the same on H2 and PostgreSQL.
 */
@MappedSuperclass
@EntityListeners(EntityTimes.class)
public abstract class BaseEntity {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "meridian_seq")
  @SequenceGenerator(name = "meridian_seq", sequenceName = "meridian_seq", allocationSize = 50)
  private Long id;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "modified_at", nullable = false)
  private Instant modifiedAt;

  @Version private long version;

  void stampCreated(Instant now) {
    createdAt = now;
    modifiedAt = now;
  }

  void stampModified(Instant now) {
    modifiedAt = now;
  }

  public Long getId() {
    return id;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getModifiedAt() {
    return modifiedAt;
  }

  public long getVersion() {
    return version;
  }
}
