package org.meridian.tenancy.invitation;

import org.meridian.tenancy.people.Role;

/** The texts of the e-mails an invitation sends. */
final class InvitationMessage {

  private InvitationMessage() {}

  /** To someone who has no password yet: the link to choose one. */
  static String invitation(String name, String office, Role role, String link, long days) {
    return "Hello "
        + name
        + ",\n\n"
        + "You have been invited to work in Meridian for "
        + office
        + " as "
        + describe(role)
        + ".\nTo accept, choose your password within "
        + days
        + " days with this link:\n\n"
        + link
        + "\n\nThe link works once. Then sign in with your e-mail address and that password."
        + "\nIf you did not expect this invitation, ignore this message: nobody can sign in"
        + " with your address until the link is used.\n";
  }

  /** To someone who already has an account: what they were given and where to sign in. */
  static String notice(String name, String office, Role role, String console) {
    return "Hello "
        + name
        + ",\n\n"
        + "You have been added to "
        + office
        + " in Meridian as "
        + describe(role)
        + ".\nSign in as usual to work in it:\n\n"
        + console
        + "\n";
  }

  static String describe(Role role) {
    return switch (role) {
      case EDITOR -> "an editor";
      case PUBLISHER -> "a publisher";
      case OFFICE_ADMIN -> "an office administrator";
      case HQ_EDITOR -> "an HQ editor";
      case HQ_ADMIN -> "an HQ administrator";
    };
  }
}
