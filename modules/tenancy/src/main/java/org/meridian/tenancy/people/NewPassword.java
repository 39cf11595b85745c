package org.meridian.tenancy.people;

/** A new password as a person types it: twice, and meeting the {@link PasswordPolicy}. */
public final class NewPassword {

  private NewPassword() {}

  /** The second typing differs from the first. */
  public static final class NotRepeatedException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    NotRepeatedException() {
      super("The two new passwords are not the same");
    }
  }

  /**
   * Returns the password when it is acceptable and typed the same way twice.
   *
   * @throws NotRepeatedException when the two typings differ
   * @throws IllegalArgumentException with a message for the person when the policy refuses it
   */
  public static String accept(String password, String repeated) {
    PasswordPolicy.check(password);
    if (!password.equals(repeated)) {
      throw new NotRepeatedException();
    }
    return password;
  }
}
