package org.meridian.tenancy.people;

/** The minimum a password must meet. Long passphrases beat character-class rules. */
public final class PasswordPolicy {

  public static final int MIN_LENGTH = 10;
  public static final int MAX_LENGTH = 200;

  private PasswordPolicy() {}

  /** Throws with a message an editor can act on when {@code password} is not acceptable. */
  public static void check(String password) {
    if (password == null || password.length() < MIN_LENGTH) {
      throw new IllegalArgumentException("A password needs at least " + MIN_LENGTH + " characters");
    }
    if (password.length() > MAX_LENGTH) {
      throw new IllegalArgumentException("A password has at most " + MAX_LENGTH + " characters");
    }
    if (password.isBlank()) {
      throw new IllegalArgumentException("A password cannot be only spaces");
    }
  }
}
