package org.meridian.tenancy.people;

/** The current password given to confirm a change is not the person's password. */
public class WrongPasswordException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public WrongPasswordException() {
    super("The current password is not right");
  }
}
