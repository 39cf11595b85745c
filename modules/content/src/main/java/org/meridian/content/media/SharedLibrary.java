package org.meridian.content.media;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Optional;
import java.util.function.Function;
import org.meridian.content.media.internal.SeparateTransaction;
import org.meridian.tenancy.TenantContext;
import org.meridian.tenancy.office.OfficeDirectory;
import org.meridian.tenancy.office.OfficeRef;
import org.meridian.tenancy.office.OfficeType;
import org.meridian.tenancy.persistence.OfficeData;

/**
 * HQ's library, which every office may read and use. It is read in a transaction of its own, as HQ
 * ({@link TenantContext#callAs}), so the data layer still filters every row to one office: HQ's,
 * never a third office's.
 */
@ApplicationScoped
class SharedLibrary {

  @Inject private OfficeDirectory offices;
  @Inject private TenantContext tenant;
  @Inject private OfficeData data;
  @Inject private SeparateTransaction transaction;

  Optional<OfficeRef> hq() {
    return offices.all().stream().filter(o -> o.type() == OfficeType.HQ).findFirst();
  }

  /** Whether the current office is HQ (whose library is then its own). */
  boolean currentIsHq() {
    return tenant.require().type() == OfficeType.HQ;
  }

  /** Runs {@code work} on HQ's data; {@code fallback} when the network has no HQ. */
  <T> T read(Function<EntityManager, T> work, T fallback) {
    Optional<OfficeRef> hq = hq();
    if (hq.isEmpty()) {
      return fallback;
    }
    // A transaction of its own first: callAs refuses the caller's, which serves the caller's
    // office.
    return transaction.call(() -> tenant.callAs(hq.get(), () -> work.apply(data.entityManager())));
  }
}
