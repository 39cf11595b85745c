package org.meridian.tenancy;

import jakarta.enterprise.context.RequestScoped;
import java.util.Optional;
import java.util.function.Supplier;
import org.meridian.tenancy.office.OfficeRef;

/**
 * The office the current request works for, resolved once (from the host name or path prefix for
 * public pages and the API, from the signed-in person's chosen office in the console). Office-owned
 * data is reachable only through it.
 */
@RequestScoped
public class TenantContext {

  private OfficeRef office;

  /** Sets the request's office. A request works for one office: entering another one is refused. */
  public void enter(OfficeRef office) {
    java.util.Objects.requireNonNull(office, "office");
    if (this.office != null && this.office.id() != office.id()) {
      throw new IllegalStateException(
          "This request already works for office '"
              + this.office.code()
              + "', not '"
              + office.code()
              + "'");
    }
    this.office = office;
  }

  public Optional<OfficeRef> current() {
    return Optional.ofNullable(office);
  }

  /** The request's office; fails closed when none was resolved. */
  public OfficeRef require() {
    if (office == null) {
      throw new NoOfficeResolvedException();
    }
    return office;
  }

  /**
   * Runs system work (start-up, scheduled jobs) for one office, then restores the previous office.
   * Each call must run in its own transaction: an entity manager serves one office.
   */
  public <T> T callAs(OfficeRef office, Supplier<T> work) {
    OfficeRef previous = this.office;
    this.office = java.util.Objects.requireNonNull(office, "office");
    try {
      return work.get();
    } finally {
      this.office = previous;
    }
  }

  public void runAs(OfficeRef office, Runnable work) {
    callAs(
        office,
        () -> {
          work.run();
          return null;
        });
  }
}
