package org.meridian.tenancy.signin;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Meridian's throttling rules: one for each login name (so a password cannot be guessed) and a
 * looser one for each client address (so one address cannot try a few passwords on many accounts),
 * which does not apply to browsers that signed in as the login name before (so that an attacker
 * behind an office's address cannot lock the office's people out).
 */
public final class SignInRules {

  /** 5 failures for one login name within 15 minutes pause it for 15 minutes. */
  public static final ThrottleRule PER_LOGIN =
      new ThrottleRule(5, Duration.ofMinutes(15), Duration.ofMinutes(15));

  /** 20 failures from one client address within 15 minutes pause it for 15 minutes. */
  public static final ThrottleRule PER_CLIENT =
      new ThrottleRule(20, Duration.ofMinutes(15), Duration.ofMinutes(15));

  /** Failures older than this are deleted: no rule looks that far back. */
  public static final Duration KEEP_FAILURES = Duration.ofDays(1);

  private final Clock clock;
  private final ThrottleRule perLogin;
  private final ThrottleRule perClient;

  public SignInRules(Clock clock) {
    this(clock, PER_LOGIN, PER_CLIENT);
  }

  public SignInRules(Clock clock, ThrottleRule perLogin, ThrottleRule perClient) {
    this.clock = Objects.requireNonNull(clock, "clock");
    this.perLogin = Objects.requireNonNull(perLogin, "perLogin");
    this.perClient = Objects.requireNonNull(perClient, "perClient");
  }

  public Instant now() {
    return clock.instant();
  }

  /** Since when failures of one login name matter. */
  public Instant loginFailuresSince() {
    return now().minus(perLogin.lookBack());
  }

  /** Since when failures from one client address matter. */
  public Instant clientFailuresSince() {
    return now().minus(perClient.lookBack());
  }

  /**
   * Until when sign-in is refused for this login name from this client, if it is. A browser known
   * to the login name (it signed in as it before: {@link KnownDevices}) is held to the login's rule
   * only: the address rule, which a whole office behind one address shares, never pauses it.
   */
  public Optional<Instant> pausedUntil(
      List<Instant> loginFailures, List<Instant> clientFailures, boolean knownDevice) {
    return pausedUntil(loginFailures, knownDevice ? List.of() : clientFailures);
  }

  /** Until when sign-in is refused for this login name from this client, if it is. */
  public Optional<Instant> pausedUntil(List<Instant> loginFailures, List<Instant> clientFailures) {
    Instant now = now();
    return Stream.of(
            perLogin.pausedUntil(loginFailures, now), perClient.pausedUntil(clientFailures, now))
        .flatMap(Optional::stream)
        .max(Instant::compareTo);
  }
}
