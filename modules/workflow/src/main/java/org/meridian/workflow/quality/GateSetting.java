package org.meridian.workflow.quality;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.util.Objects;
import org.meridian.tenancy.persistence.OfficeOwned;

/** An office's choice of {@link GateMode}; an office without a row warns. */
@Entity
@Table(name = "quality_gate")
class GateSetting extends OfficeOwned {

  @Enumerated(EnumType.STRING)
  @Column(name = "mode", nullable = false, length = 8)
  private GateMode mode;

  protected GateSetting() {}

  GateSetting(GateMode mode) {
    this.mode = Objects.requireNonNull(mode, "mode");
  }

  GateMode mode() {
    return mode;
  }

  void change(GateMode mode) {
    this.mode = Objects.requireNonNull(mode, "mode");
  }
}
