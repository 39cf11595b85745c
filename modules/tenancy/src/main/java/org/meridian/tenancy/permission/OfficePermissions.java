package org.meridian.tenancy.permission;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.meridian.tenancy.office.OfficeRef;
import org.meridian.tenancy.people.AccountDirectory;
import org.meridian.tenancy.people.OfficeRole;

/**
 * Asks {@link PermissionRule} about a person by e-mail address, with their memberships as stored
 * now. Services call it before acting; the console's links ask the same rule with the memberships
 * loaded for the session.
 */
@ApplicationScoped
public class OfficePermissions {

  @Inject private AccountDirectory accounts;

  /**
   * Whether {@code person} may do {@code action} in {@code office}; nobody ({@code null}) may not.
   */
  public boolean may(String person, OfficeRef office, OfficeAction action) {
    return PermissionRule.decide(membershipsOf(person), office, action);
  }

  /** Whether {@code person} may do {@code action} across the network. */
  public boolean mayInNetwork(String person, NetworkAction action) {
    return PermissionRule.decide(membershipsOf(person), action);
  }

  /**
   * Whether {@code person} may see the files of {@code owner}'s library that the public may not
   * ({@link PermissionRule#maySeeLibraryOf}).
   */
  public boolean maySeeLibraryOf(String person, OfficeRef owner) {
    return PermissionRule.maySeeLibraryOf(membershipsOf(person), owner);
  }

  private List<OfficeRole> membershipsOf(String person) {
    return person == null ? List.of() : accounts.officesOf(person);
  }
}
