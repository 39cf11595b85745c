package org.meridian.tenancy.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class NewPasswordTest {

  @Test
  void aLongEnoughPasswordTypedTwiceIsAccepted() {
    assertThat(NewPassword.accept("correct horse battery", "correct horse battery"))
        .isEqualTo("correct horse battery");
  }

  @Test
  void thePolicyIsAppliedBeforeTheRepetition() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> NewPassword.accept("short", "other"))
        .withMessage("A password needs at least " + PasswordPolicy.MIN_LENGTH + " characters");
  }

  @Test
  void twoDifferentPasswordsAreRefused() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> NewPassword.accept("correct horse battery", "correct horse battery!"))
        .isInstanceOf(NewPassword.NotRepeatedException.class)
        .withMessage("The two new passwords are not the same");
  }

  @Test
  void anAccountsPasswordHashCanBeReplaced() {
    Account account =
        new Account(
            "awa@example.org", "Awa", new org.meridian.tenancy.office.LanguageTag("en"), "{old}");
    account.changePasswordHash("{new}");
    assertThat(account.passwordHash()).isEqualTo("{new}");
  }
}
