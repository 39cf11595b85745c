package org.meridian.workflow.review;

import java.util.Collection;
import org.meridian.tenancy.office.OfficeRef;
import org.meridian.tenancy.people.OfficeRole;
import org.meridian.tenancy.people.Role;

/** What a person may do in an office's editorial process, from their roles. */
public enum Standing {
  /** Does not work in the office (or it is closed to them): may take no step. */
  OUTSIDER,
  /** Writes and submits: editors and HQ editors. */
  EDITOR,
  /** Also reviews, approves and publishes: publishers, office administrators, HQ administrators. */
  REVIEWER;

  /** The standing the role gives. */
  public static Standing of(Role role) {
    return switch (role) {
      case EDITOR, HQ_EDITOR -> EDITOR;
      case PUBLISHER, OFFICE_ADMIN, HQ_ADMIN -> REVIEWER;
    };
  }

  /**
   * The person's standing in {@code office}: the highest their usable memberships give there; an HQ
   * administrator reviews in every office.
   */
  public static Standing in(OfficeRef office, Collection<OfficeRole> roles) {
    Standing best = OUTSIDER;
    for (OfficeRole r : roles) {
      boolean here = r.office().id() == office.id() && r.isUsable();
      Standing s = r.role() == Role.HQ_ADMIN ? REVIEWER : here ? of(r.role()) : OUTSIDER;
      if (s.ordinal() > best.ordinal()) {
        best = s;
      }
    }
    return best;
  }
}
