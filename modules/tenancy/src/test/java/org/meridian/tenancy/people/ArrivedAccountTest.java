package org.meridian.tenancy.people;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.meridian.tenancy.office.LanguageTag;

/**
 * A person who came with an office archive (docs/archive.md, "People"): active, without a password,
 * so they cannot sign in until they set one through a reset link; invited and disabled people are
 * sent no reset link.
 */
class ArrivedAccountTest {

  private static Account arrived() {
    return Account.arrivedWithoutPassword(" Awa@Example.org ", "Awa Jallow", new LanguageTag("fr"));
  }

  @Test
  void anArrivedAccountIsActiveWithoutAPasswordAndCannotSignIn() {
    Account account = arrived();

    assertThat(account.email()).isEqualTo("awa@example.org");
    assertThat(account.status()).isEqualTo(AccountStatus.ACTIVE);
    assertThat(account.hasPassword()).isFalse();
    assertThat(account.passwordHash()).isNull();
    assertThat(account.canSignIn()).isFalse();
  }

  @Test
  void itMayAskForAResetLinkAndSignsInOnceItSetAPassword() {
    Account account = arrived();
    assertThat(account.mayAskForReset()).isTrue();

    account.changePasswordHash("PBKDF2WithHmacSHA256:…");

    assertThat(account.canSignIn()).isTrue();
  }

  @Test
  void invitedAndDisabledPeopleGetNoResetLink() {
    Account invited = Account.invited("ana@example.org", "Ana", new LanguageTag("pt"));
    Account disabled = arrived();
    disabled.disable();

    assertThat(invited.mayAskForReset()).isFalse();
    assertThat(disabled.mayAskForReset()).isFalse();
  }
}
