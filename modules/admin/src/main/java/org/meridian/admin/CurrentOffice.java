package org.meridian.admin;

import jakarta.enterprise.context.SessionScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Optional;
import org.meridian.tenancy.office.OfficeRef;
import org.meridian.tenancy.people.AccountDirectory;
import org.meridian.tenancy.people.OfficeRole;
import org.meridian.tenancy.token.ApiTokens;

/**
 * The offices the signed-in person works in and the one they are working in now. Loaded once per
 * session, at the first console request after sign-in.
 */
@Named
@SessionScoped
public class CurrentOffice implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private transient AccountDirectory accounts;

  private String email;
  private List<OfficeRole> memberships = List.of();
  private OfficeRole current;

  /** Loads the person's offices when the session is new or another person signed in. */
  void ensureLoadedFor(String signedInEmail) {
    if (signedInEmail.equals(email)) {
      return;
    }
    email = signedInEmail;
    memberships = accounts.officesOf(signedInEmail);
    current = memberships.isEmpty() ? null : memberships.get(0);
  }

  public Optional<OfficeRef> office() {
    return Optional.ofNullable(current).map(OfficeRole::office);
  }

  public OfficeRole getCurrent() {
    return current;
  }

  public List<OfficeRole> getMemberships() {
    return memberships;
  }

  /** Whether the person administers the whole network. */
  public boolean isHqAdmin() {
    return memberships.stream()
        .anyMatch(m -> m.role() == org.meridian.tenancy.people.Role.HQ_ADMIN);
  }

  /** The signed-in person's e-mail address. */
  public String getEmail() {
    return email;
  }

  /** Whether the person may issue and revoke the current office's API tokens. */
  public boolean mayManageApiTokens() {
    return current != null && ApiTokens.mayBeManagedBy(current.role());
  }

  public String getCode() {
    return current == null ? "" : current.office().code().value();
  }

  /** Switches to another office the person belongs to; anything else is ignored. */
  public void switchTo(String code) {
    memberships.stream()
        .filter(m -> m.office().code().value().equals(code))
        .findFirst()
        .ifPresent(m -> current = m);
  }
}
