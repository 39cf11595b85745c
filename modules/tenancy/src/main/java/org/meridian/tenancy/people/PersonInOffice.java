package org.meridian.tenancy.people;

import java.time.Instant;

/**
 * One membership of an office as its people screen lists it: who, which role, which status (and the
 * person's language, which an office archive carries with them).
 */
public record PersonInOffice(
    long membershipId,
    String email,
    String name,
    Role role,
    AccountStatus status,
    Instant lastSignInAt,
    org.meridian.tenancy.office.LanguageTag language)
    implements java.io.Serializable {

  static PersonInOffice of(Membership membership) {
    Account account = membership.account();
    return new PersonInOffice(
        membership.getId(),
        account.email(),
        account.displayName(),
        membership.role(),
        account.status(),
        account.lastSignInAt(),
        account.preferredLanguage());
  }
}
