package org.meridian.tenancy.people;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

  private static String ofLength(int length) {
    return "x".repeat(length);
  }

  @Test
  void acceptsPasswordsFromTheMinimumToTheMaximumLength() {
    assertThatCode(() -> PasswordPolicy.check(ofLength(PasswordPolicy.MIN_LENGTH)))
        .doesNotThrowAnyException();
    assertThatCode(() -> PasswordPolicy.check(ofLength(PasswordPolicy.MAX_LENGTH)))
        .doesNotThrowAnyException();
    assertThatCode(() -> PasswordPolicy.check("correct horse battery staple"))
        .doesNotThrowAnyException();
  }

  @Test
  void refusesShortPasswords() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> PasswordPolicy.check(ofLength(PasswordPolicy.MIN_LENGTH - 1)))
        .withMessageContaining("at least 10");
  }

  @Test
  void refusesAMissingPassword() {
    assertThatIllegalArgumentException().isThrownBy(() -> PasswordPolicy.check(null));
    assertThatIllegalArgumentException().isThrownBy(() -> PasswordPolicy.check(""));
  }

  @Test
  void refusesOverlongPasswords() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> PasswordPolicy.check(ofLength(PasswordPolicy.MAX_LENGTH + 1)))
        .withMessageContaining("at most 200");
  }

  @Test
  void refusesPasswordsOfOnlySpaces() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> PasswordPolicy.check(" ".repeat(PasswordPolicy.MIN_LENGTH + 2)))
        .withMessageContaining("spaces");
  }
}
