package org.meridian.tenancy.people;

import org.meridian.tenancy.Refusal;
import org.meridian.tenancy.Refused;

/** A new password as a person types it: twice, and meeting the {@link PasswordPolicy}. */
public final class NewPassword {

  private NewPassword() {}

  /** The second typing differs from the first. */
  public static final class NotRepeatedException extends IllegalArgumentException
      implements Refused {

    private static final long serialVersionUID = 1L;

    private static final Refusal NOT_THE_SAME =
        Refusal.of("password.not_repeated", "The two new passwords are not the same");

    NotRepeatedException() {
      super(NOT_THE_SAME.text());
    }

    @Override
    public Refusal refusal() {
      return NOT_THE_SAME;
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
