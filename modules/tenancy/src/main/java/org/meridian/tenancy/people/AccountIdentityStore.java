package org.meridian.tenancy.people;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.HashSet;
import java.util.Set;
import org.meridian.tenancy.permission.PermissionRule;

/**
 * Jakarta Security's view of Meridian's accounts. The caller's groups are the roles they hold in
 * any office, plus {@code STAFF} for everyone who may use the console.
 */
@ApplicationScoped
public class AccountIdentityStore implements IdentityStore {

  /** The group every signed-in person has. */
  public static final String STAFF = "STAFF";

  @Inject private AccountDirectory accounts;

  @Override
  public CredentialValidationResult validate(Credential credential) {
    if (!(credential instanceof UsernamePasswordCredential login)) {
      return CredentialValidationResult.NOT_VALIDATED_RESULT;
    }
    return accounts
        .verify(login.getCaller(), login.getPassword().getValue())
        .map(
            account ->
                new CredentialValidationResult(
                    account.email(), Set.copyOf(groupsOf(account.email()))))
        .orElse(CredentialValidationResult.INVALID_RESULT);
  }

  /**
   * The security groups of {@code email} now: {@link #STAFF} and the roles of the memberships that
   * count now (not in suspended offices). Asked at sign-in and again on every console request.
   */
  public java.util.List<String> groupsOf(String email) {
    Set<String> groups = new HashSet<>();
    groups.add(STAFF);
    PermissionRule.rolesInForce(accounts.officesOf(Account.normaliseEmail(email)))
        .forEach(role -> groups.add(role.name()));
    return java.util.List.copyOf(groups);
  }
}
