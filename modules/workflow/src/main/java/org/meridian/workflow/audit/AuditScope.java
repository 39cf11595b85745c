package org.meridian.workflow.audit;

import java.io.Serializable;
import java.util.Optional;
import org.meridian.tenancy.office.OfficeRef;

/**
 * Which part of the trail a search covers: one office's entries, or (HQ only) every entry of the
 * network, network-level ones included.
 */
public final class AuditScope implements Serializable {

  private static final long serialVersionUID = 1L;

  private final OfficeRef office;

  private AuditScope(OfficeRef office) {
    this.office = office;
  }

  public static AuditScope wholeNetwork() {
    return new AuditScope(null);
  }

  public static AuditScope office(OfficeRef office) {
    return new AuditScope(java.util.Objects.requireNonNull(office, "office"));
  }

  /** The one office searched; empty for the whole network. */
  public Optional<OfficeRef> onlyOffice() {
    return Optional.ofNullable(office);
  }

  @Override
  public String toString() {
    return office == null ? "all offices" : office.code().value();
  }
}
