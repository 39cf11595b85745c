package org.meridian.tenancy.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.meridian.tenancy.office.LanguageTag;

/** Whether a console session goes on, as a table: the account now, the session's age. */
class SessionRuleTest {

  private static final Instant SIGNED_IN = Instant.parse("2026-12-07T08:00:00Z");
  private static final Duration TWELVE_HOURS = Duration.ofHours(12);

  @ParameterizedTest(name = "{0}, signed out everywhere {1}, {2} later: {3}")
  @CsvSource({
    "active,    never,          PT1M,    GOES_ON",
    "active,    never,          PT11H59M, GOES_ON",
    "active,    never,          PT12H,   TOO_OLD",
    "active,    never,          P3D,     TOO_OLD",
    "active,    2026-12-07T07:59:59Z, PT1M, GOES_ON",
    "active,    2026-12-07T08:00:00Z, PT1M, GOES_ON",
    "active,    2026-12-07T08:00:01Z, PT1M, SIGNED_OUT_EVERYWHERE",
    "disabled,  never,          PT1M,    CANNOT_SIGN_IN",
    "disabled,  2026-12-07T08:00:01Z, PT1M, CANNOT_SIGN_IN",
    "re-enabled, never,         PT1M,    GOES_ON",
    "invited,   never,          PT1M,    CANNOT_SIGN_IN",
    "none,      never,          PT1M,    NO_ACCOUNT"
  })
  void theTable(String account, String endedAt, Duration later, SessionRule.Verdict verdict) {
    Account person = account(account);
    if (person != null && !endedAt.equals("never")) {
      person.endSessions(Instant.parse(endedAt));
    }
    assertThat(SessionRule.judge(person, SIGNED_IN, SIGNED_IN.plus(later), TWELVE_HOURS))
        .isEqualTo(verdict);
  }

  private static Account account(String state) {
    LanguageTag en = new LanguageTag("en");
    return switch (state) {
      case "none" -> null;
      case "invited" -> Account.invited("someone@example.org", "Someone", en);
      default -> {
        Account active = new Account("someone@example.org", "Someone", en, "hash");
        if (!state.equals("active")) {
          active.disable();
        }
        if (state.equals("re-enabled")) {
          active.enable();
        }
        yield active;
      }
    };
  }
}
