package org.meridian.tenancy.people;

import org.meridian.tenancy.Refusal;
import org.meridian.tenancy.Refused;

/** The current password given to confirm a change is not the person's password. */
public class WrongPasswordException extends RuntimeException implements Refused {

  private static final Refusal WRONG =
      Refusal.of("password.current_not_right", "The current password is not right");

  private static final long serialVersionUID = 1L;

  public WrongPasswordException() {
    super(WRONG.text());
  }

  @Override
  public Refusal refusal() {
    return WRONG;
  }
}
