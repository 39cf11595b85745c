package org.meridian.tenancy.signin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The lock-out rules, driven by a clock the test moves, as the throttle uses them. */
class SignInRulesTest {

  private MutableClock clock;
  private SignInRules rules;
  private final List<Instant> loginFailures = new ArrayList<>();
  private final List<Instant> clientFailures = new ArrayList<>();

  @BeforeEach
  void setUp() {
    clock = new MutableClock(Instant.parse("2026-11-27T09:00:00Z"));
    rules = new SignInRules(clock);
  }

  private void fail(int times, Duration apart) {
    for (int i = 0; i < times; i++) {
      loginFailures.add(clock.instant());
      clientFailures.add(clock.instant());
      clock.advance(apart);
    }
  }

  private boolean paused() {
    return rules
        .pausedUntil(recent(loginFailures, rules.loginFailuresSince()), clientFailures)
        .isPresent();
  }

  private static List<Instant> recent(List<Instant> failures, Instant since) {
    return failures.stream().filter(f -> !f.isBefore(since)).toList();
  }

  @Test
  void fourFailuresDoNotPauseTheFifthAttempt() {
    fail(4, Duration.ofMinutes(1));
    assertThat(paused()).isFalse();
  }

  @Test
  void fiveFailuresWithinFifteenMinutesPauseForFifteenMinutesFromTheFifth() {
    fail(5, Duration.ofMinutes(3)); // at 0, 3, 6, 9, 12 minutes
    Instant fifth = clock.instant().minus(Duration.ofMinutes(3));
    assertThat(rules.pausedUntil(loginFailures, List.of()))
        .contains(fifth.plus(Duration.ofMinutes(15)));

    clock.advance(Duration.ofMinutes(11)); // 14 minutes after the fifth
    assertThat(paused()).isTrue();
    clock.advance(Duration.ofMinutes(1)); // 15 minutes after the fifth
    assertThat(paused()).isFalse();
  }

  @Test
  void failuresSpreadOverMoreThanFifteenMinutesDoNotPause() {
    fail(5, Duration.ofMinutes(4)); // first and fifth are 16 minutes apart
    assertThat(paused()).isFalse();
  }

  @Test
  void afterThePauseFiveNewFailuresAreNeededAgain() {
    fail(5, Duration.ofSeconds(10));
    clock.advance(Duration.ofMinutes(16));
    assertThat(paused()).isFalse();
    fail(1, Duration.ofSeconds(10));
    assertThat(paused()).isFalse();
  }

  @Test
  void theClientRuleAllowsTwentyFailuresFromOneAddressAcrossManyLogins() {
    for (int i = 0; i < 19; i++) {
      clientFailures.add(clock.instant());
      clock.advance(Duration.ofSeconds(20));
    }
    assertThat(rules.pausedUntil(List.of(), clientFailures)).isEmpty();
    clientFailures.add(clock.instant());
    assertThat(rules.pausedUntil(List.of(), clientFailures)).isPresent();
  }

  @Test
  void aKnownBrowserIsHeldToTheLoginsRuleOnlyNeverToItsAddresssRule() {
    for (int i = 0; i < 40; i++) {
      clientFailures.add(clock.instant());
      clock.advance(Duration.ofSeconds(5));
    }
    assertThat(rules.pausedUntil(List.of(), clientFailures, false)).as("a new browser").isPresent();
    assertThat(rules.pausedUntil(List.of(), clientFailures, true)).as("a known one").isEmpty();
    // ...but five wrong passwords for the login pause it, known browser or not.
    for (int i = 0; i < 5; i++) {
      loginFailures.add(clock.instant());
    }
    assertThat(rules.pausedUntil(loginFailures, clientFailures, true)).isPresent();
  }

  @Test
  void theLaterOfTheTwoPausesWins() {
    SignInRules tight =
        new SignInRules(
            clock,
            new ThrottleRule(1, Duration.ofMinutes(1), Duration.ofMinutes(5)),
            new ThrottleRule(1, Duration.ofMinutes(1), Duration.ofMinutes(30)));
    Instant now = clock.instant();
    assertThat(tight.pausedUntil(List.of(now), List.of(now)))
        .contains(now.plus(Duration.ofMinutes(30)));
  }

  @Test
  void theRuleLooksBackOverItsWindowAndPause() {
    assertThat(rules.loginFailuresSince()).isEqualTo(clock.instant().minus(Duration.ofMinutes(30)));
  }

  @Test
  void failuresInAnyOrderCount() {
    Instant t = clock.instant();
    List<Instant> shuffled =
        List.of(t.plusSeconds(40), t, t.plusSeconds(20), t.plusSeconds(10), t.plusSeconds(30));
    assertThat(SignInRules.PER_LOGIN.pausedUntil(shuffled, t.plusSeconds(41)))
        .contains(t.plusSeconds(40).plus(Duration.ofMinutes(15)));
  }

  @Test
  void loginDigestsIgnoreCaseAndSpacesAndAcceptAnything() {
    assertThat(LoginDigest.ofLogin(" Awa@Example.org "))
        .isEqualTo(LoginDigest.ofLogin("awa@example.org"));
    assertThat(LoginDigest.ofLogin("not an address")).hasSize(64);
    assertThat(LoginDigest.ofLogin(null)).isEqualTo(LoginDigest.sha256(""));
  }
}
