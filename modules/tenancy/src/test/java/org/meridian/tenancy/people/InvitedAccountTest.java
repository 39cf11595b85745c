package org.meridian.tenancy.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import org.junit.jupiter.api.Test;
import org.meridian.tenancy.office.LanguageTag;

/** The states of an invited account: invited, active, disabled, and back. */
class InvitedAccountTest {

  private final Account invited =
      Account.invited(" New.Person@Example.org ", "New Person", new LanguageTag("fr"));

  @Test
  void anInvitedAccountHasNoPasswordAndCannotSignIn() {
    assertThat(invited.email()).isEqualTo("new.person@example.org");
    assertThat(invited.status()).isEqualTo(AccountStatus.INVITED);
    assertThat(invited.hasPassword()).isFalse();
    assertThat(invited.passwordHash()).isNull();
    assertThat(invited.canSignIn()).isFalse();
  }

  @Test
  void acceptingSetsThePasswordAndActivates() {
    invited.acceptInvitation("{hash}");
    assertThat(invited.status()).isEqualTo(AccountStatus.ACTIVE);
    assertThat(invited.passwordHash()).isEqualTo("{hash}");
    assertThat(invited.canSignIn()).isTrue();
  }

  @Test
  void anInvitationIsAcceptedOnlyOnce() {
    invited.acceptInvitation("{hash}");
    assertThatIllegalStateException().isThrownBy(() -> invited.acceptInvitation("{other}"));
    assertThat(invited.passwordHash()).isEqualTo("{hash}");
  }

  @Test
  void anActiveAccountCannotAcceptAnInvitation() {
    Account active = new Account("a@example.org", "A", new LanguageTag("en"), "{hash}");
    assertThatIllegalStateException().isThrownBy(() -> active.acceptInvitation("{other}"));
  }

  @Test
  void anInvitedPersonGetsNoPasswordExceptByAccepting() {
    assertThatIllegalStateException().isThrownBy(() -> invited.changePasswordHash("{hash}"));
    assertThat(invited.canSignIn()).isFalse();
  }

  @Test
  void aDisabledInvitationCannotBeAcceptedAndEnablingRestoresTheInvitation() {
    invited.disable();
    assertThat(invited.status()).isEqualTo(AccountStatus.DISABLED);
    assertThatIllegalStateException().isThrownBy(() -> invited.acceptInvitation("{hash}"));
    invited.enable();
    assertThat(invited.status()).isEqualTo(AccountStatus.INVITED);
    assertThat(invited.canSignIn()).isFalse();
  }

  @Test
  void aDisabledAccountCannotSignInUntilEnabled() {
    Account active = new Account("a@example.org", "A", new LanguageTag("en"), "{hash}");
    active.disable();
    assertThat(active.canSignIn()).isFalse();
    active.enable();
    assertThat(active.status()).isEqualTo(AccountStatus.ACTIVE);
    assertThat(active.canSignIn()).isTrue();
  }
}
