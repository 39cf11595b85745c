package org.meridian.app.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.meridian.tenancy.people.AccountDirectory;
import org.meridian.tenancy.people.AccountIdentityStore;
import org.meridian.tenancy.people.SessionRule;
import org.meridian.tenancy.signin.KnownDevices;
import org.meridian.tenancy.signin.SignInAttempted;
import org.meridian.tenancy.signin.SignInAttempted.Outcome;
import org.meridian.tenancy.signin.SignInThrottle;
import org.meridian.tenancy.time.WholeSeconds;

/**
 * Checks one post of the console's sign-in form: a login name or client address that failed too
 * often is paused ({@link SignInThrottle}) before any password is checked; otherwise the password
 * is checked against Meridian's accounts ({@link AccountIdentityStore}). Every attempt is counted
 * and announced ({@link SignInAttempted}, for the audit trail). {@link ConsoleAuthModule} asks it
 * and does the rest (session, redirects).
 */
@ApplicationScoped
public class ConsoleSignIn {

  private static final Logger LOG = Logger.getLogger(ConsoleSignIn.class.getName());

  /** The setting for the longest a console session lasts, however active, in hours. */
  static final String MAX_HOURS = "meridian.session.max-hours";

  /**
   * What came of a post: signed in as {@code name} with {@code groups}, refused, or paused; a
   * successful sign-in also gives the browser its device cookie ({@link KnownDevices}).
   */
  public record Result(Outcome outcome, String name, List<String> groups, String deviceCookie) {

    public Result(Outcome outcome, String name, List<String> groups) {
      this(outcome, name, groups, null);
    }

    static Result refused(Outcome outcome) {
      return new Result(outcome, null, List.of());
    }
  }

  @Inject private AccountIdentityStore identityStore;
  @Inject private SignInThrottle throttle;
  @Inject private KnownDevices devices;
  @Inject private AccountDirectory accounts;
  @Inject private Event<SignInAttempted> attempts;
  @Inject private Clock clock;

  @Inject
  @ConfigProperty(name = MAX_HOURS, defaultValue = "12")
  private String maxHours;

  @Inject
  @ConfigProperty(name = "meridian.signin.trusted-proxies", defaultValue = " ")
  private String trustedProxies;

  /**
   * Checks {@code login} and {@code password} posted from {@code remoteAddress} (with the request's
   * {@code X-Forwarded-For}, believed only from trusted proxies) by a browser holding {@code
   * deviceCookie} (null: none).
   */
  public Result check(
      String login,
      String password,
      String remoteAddress,
      String forwardedFor,
      String deviceCookie) {
    String client = ClientAddress.of(remoteAddress, forwardedFor, trustedProxySet());
    boolean knownDevice = devices.vouchesFor(deviceCookie, login);
    if (throttle.pausedUntil(login, client, knownDevice).isPresent()) {
      attempts.fire(new SignInAttempted(login, client, Outcome.PAUSED));
      return Result.refused(Outcome.PAUSED);
    }
    CredentialValidationResult result =
        identityStore.validate(new UsernamePasswordCredential(login, new Password(password)));
    if (result.getStatus() != CredentialValidationResult.Status.VALID) {
      throttle.recordFailure(login, client);
      attempts.fire(new SignInAttempted(login, client, Outcome.FAILED));
      // The failure that completes a series is answered like the attempts that follow it.
      return Result.refused(
          throttle.pausedUntil(login, client, knownDevice).isPresent()
              ? Outcome.PAUSED
              : Outcome.FAILED);
    }
    String name = result.getCallerPrincipal().getName();
    throttle.forgetFailures(login);
    accounts.recordSignIn(name);
    attempts.fire(new SignInAttempted(login, client, Outcome.SUCCEEDED));
    return new Result(
        Outcome.SUCCEEDED, name, List.copyOf(result.getCallerGroups()), devices.cookieFor(login));
  }

  /**
   * Whether a console session of {@code name} signed in at {@code signedInAt} may go on, asked on
   * every console request ({@link SessionRule}); if so, who it is now, with the groups of the
   * person's roles as they are now (a role taken away counts at once).
   */
  public Optional<Result> resume(String name, Instant signedInAt) {
    SessionRule.Verdict verdict =
        SessionRule.judge(
            accounts.find(name).orElse(null), signedInAt, clock.instant(), maxSessionLifetime());
    if (!verdict.goesOn()) {
      LOG.info(() -> "Console session of " + name + " ended: " + verdict);
      return Optional.empty();
    }
    return Optional.of(new Result(Outcome.SUCCEEDED, name, identityStore.groupsOf(name)));
  }

  /** The server's time, when a session signs in. */
  public Instant now() {
    return clock.instant();
  }

  /**
   * The longest a console session lasts ({@code MERIDIAN_SESSION_MAX_HOURS}, 1 to 720 hours, 12 by
   * default); checked at start-up.
   */
  public Duration maxSessionLifetime() {
    return Duration.ofHours(WholeSeconds.wholeNumber(MAX_HOURS, maxHours, 1, 720));
  }

  private Set<String> trustedProxySet() {
    return ClientAddress.trustedProxies(trustedProxies);
  }
}
