package org.meridian.tenancy.reset;

/** The text of the e-mail that carries a reset link. */
final class ResetMessage {

  private ResetMessage() {}

  static String body(String name, String email, String link) {
    return "Hello "
        + name
        + ",\n\n"
        + "Someone, hopefully you, asked to reset the password of the Meridian account "
        + email
        + ".\nTo choose a new password, open this link within one hour:\n\n"
        + link
        + "\n\nThe link works once. If you did not ask for it, ignore this message:"
        + " your password stays as it is.\n";
  }
}
