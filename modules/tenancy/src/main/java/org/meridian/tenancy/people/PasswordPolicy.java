package org.meridian.tenancy.people;

import org.meridian.tenancy.Refusal;

/** The minimum a password must meet. Long passphrases beat character-class rules. */
public final class PasswordPolicy {

  public static final int MIN_LENGTH = 10;
  public static final int MAX_LENGTH = 200;

  private PasswordPolicy() {}

  /** Throws with a message an editor can act on when {@code password} is not acceptable. */
  public static void check(String password) {
    if (password == null || password.length() < MIN_LENGTH) {
      throw new PasswordRefusedException(
          Refusal.of(
              "password.too_short_0", "A password needs at least {0} characters", MIN_LENGTH));
    }
    if (password.length() > MAX_LENGTH) {
      throw new PasswordRefusedException(
          Refusal.of("password.too_long_0", "A password has at most {0} characters", MAX_LENGTH));
    }
    if (password.isBlank()) {
      throw new PasswordRefusedException(
          Refusal.of("password.only_spaces", "A password cannot be only spaces"));
    }
  }
}
