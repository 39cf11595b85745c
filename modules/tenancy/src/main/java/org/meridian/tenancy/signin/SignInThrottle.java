package org.meridian.tenancy.signin;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Counts failed sign-ins in the database and says when a login name or client address is paused.
 * Unknown e-mail addresses are counted and paused exactly like real ones, so that the pause itself
 * tells nobody whether an account exists.
 */
@ApplicationScoped
public class SignInThrottle {

  @PersistenceContext(unitName = "meridian")
  private EntityManager entityManager;

  @jakarta.inject.Inject private org.meridian.tenancy.health.OperationCounters counters;

  @Inject private Clock clock;

  /**
   * Reads run in a transaction, the caller's or one of their own (every sign-in asks, on many
   * threads at once): outside one, they closed each other's entity manager (InTransaction says
   * why).
   */
  @Inject private org.meridian.tenancy.persistence.InTransaction reads;

  private SignInRules rules;

  @PostConstruct
  void init() {
    rules = new SignInRules(clock);
  }

  /**
   * Until when attempts for {@code login} from {@code client} are refused, if they are; a browser
   * known to the login ({@link KnownDevices}) only by the login's rule.
   */
  public Optional<Instant> pausedUntil(String login, String client, boolean knownDevice) {
    return rules.pausedUntil(
        failures("f.loginDigest", LoginDigest.ofLogin(login), rules.loginFailuresSince()),
        knownDevice ? List.of() : failures("f.clientAddress", client, rules.clientFailuresSince()),
        knownDevice);
  }

  @Transactional
  public void recordFailure(String login, String client) {
    counters.signInFailed();
    Instant now = rules.now();
    entityManager
        .createQuery("delete from SignInFailure f where f.failedAt < :before")
        .setParameter("before", now.minus(SignInRules.KEEP_FAILURES))
        .executeUpdate();
    entityManager.persist(new SignInFailure(LoginDigest.ofLogin(login), client, now));
  }

  /** A successful sign-in or a new password clears the login name's failures. */
  @Transactional
  public void forgetFailures(String login) {
    entityManager
        .createQuery("delete from SignInFailure f where f.loginDigest = :digest")
        .setParameter("digest", LoginDigest.ofLogin(login))
        .executeUpdate();
  }

  private List<Instant> failures(String column, String value, Instant since) {
    return reads.call(
        () ->
            entityManager
                .createQuery(
                    "select f from SignInFailure f where "
                        + column
                        + " = :value and f.failedAt >= :since",
                    SignInFailure.class)
                .setParameter("value", value)
                .setParameter("since", since)
                .getResultStream()
                .map(SignInFailure::failedAt)
                .toList());
  }
}
