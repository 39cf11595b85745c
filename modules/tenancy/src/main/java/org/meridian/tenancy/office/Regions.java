package org.meridian.tenancy.office;

import java.util.Optional;
import java.util.function.Function;

/**
 * Which region an office belongs to. A regional office sits under HQ and country offices under HQ
 * or a region (see {@link Office}), so an office's region is itself when it is regional, its parent
 * when that is regional, and none otherwise (HQ, and country offices HQ looks after directly).
 */
public final class Regions {

  private Regions() {}

  /** The code of {@code office}'s regional office, looking parents up with {@code offices}. */
  public static Optional<OfficeCode> of(
      OfficeRef office, Function<OfficeCode, Optional<OfficeRef>> offices) {
    if (office.type() == OfficeType.REGIONAL) {
      return Optional.of(office.code());
    }
    if (office.type() == OfficeType.COUNTRY && office.parent() != null) {
      return offices
          .apply(office.parent())
          .filter(parent -> parent.type() == OfficeType.REGIONAL)
          .map(OfficeRef::code);
    }
    return Optional.empty();
  }
}
