package org.meridian.tenancy.persistence;

import jakarta.inject.Inject;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import java.time.Clock;

/**
 * Stamps every {@link BaseEntity}'s creation and modification times from the server's clock. A
 * listener rather than the entity's own callbacks because the container injects it (an entity never
 * looks up a service).
 */
public class EntityTimes {

  @Inject private Clock clock;

  @PrePersist
  void created(BaseEntity entity) {
    entity.stampCreated(clock.instant());
  }

  @PreUpdate
  void modified(BaseEntity entity) {
    entity.stampModified(clock.instant());
  }
}
