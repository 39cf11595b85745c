package org.meridian.tenancy.reset;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.meridian.tenancy.mail.MailOutbox;
import org.meridian.tenancy.people.Account;
import org.meridian.tenancy.people.AccountDirectory;
import org.meridian.tenancy.people.PasswordPolicy;
import org.meridian.tenancy.signin.SignInThrottle;

/**
 * Asking for a reset link and using it. Whoever asks gets the same answer whether or not the
 * address has an account; the link goes to the account's address through the mail outbox.
 */
@ApplicationScoped
public class PasswordResets {

  /** At most this many links per account and hour, so nobody can flood a mailbox. */
  static final int LINKS_PER_HOUR = 3;

  @PersistenceContext(unitName = "meridian")
  private EntityManager entityManager;

  @Inject private AccountDirectory accounts;
  @Inject private MailOutbox outbox;
  @Inject private SignInThrottle throttle;
  @Inject private ResetLinks links;

  private final Clock clock = Clock.systemUTC();

  /** Sends a reset link when {@code email} belongs to an active account; otherwise does nothing. */
  @Transactional
  public void request(String email) {
    Optional<Account> account = accounts.find(email).filter(Account::canSignIn);
    if (account.isEmpty() || linksInTheLastHour(account.get()) >= LINKS_PER_HOUR) {
      return;
    }
    ResetToken token = ResetToken.generate();
    entityManager.persist(new PasswordReset(account.get(), token, clock.instant()));
    outbox.put(
        account.get().email(),
        "Reset your Meridian password",
        ResetMessage.body(account.get().displayName(), account.get().email(), links.of(token)));
  }

  /** Whether a link's token can still be used; for showing the form or the refusal at once. */
  public boolean isUsable(String token) {
    return find(token, LockModeType.NONE).filter(r -> r.isUsable(clock.instant())).isPresent();
  }

  /**
   * Sets a new password with a link's token, spends the token and closes the account's other links.
   *
   * @throws InvalidResetLinkException when the token is unknown, expired, used or replaced
   * @throws IllegalArgumentException when the password does not meet the policy (token unspent)
   */
  @Transactional
  public void complete(String token, String newPassword) {
    PasswordPolicy.check(newPassword);
    Instant now = clock.instant();
    PasswordReset reset =
        find(token, LockModeType.PESSIMISTIC_WRITE).orElseThrow(InvalidResetLinkException::new);
    reset.use(now);
    Account account = reset.account();
    accounts.setPassword(account, newPassword);
    entityManager
        .createQuery(
            "select r from PasswordReset r where r.account = :account and r <> :used"
                + " and r.usedAt is null and r.revokedAt is null",
            PasswordReset.class)
        .setParameter("account", account)
        .setParameter("used", reset)
        .getResultStream()
        .forEach(other -> other.revoke(now));
    throttle.forgetFailures(account.email());
  }

  private long linksInTheLastHour(Account account) {
    return entityManager
        .createQuery(
            "select count(r) from PasswordReset r where r.account = :account"
                + " and r.createdAt > :since",
            Long.class)
        .setParameter("account", account)
        .setParameter("since", clock.instant().minus(Duration.ofHours(1)))
        .getSingleResult();
  }

  private Optional<PasswordReset> find(String token, LockModeType lock) {
    if (token == null || token.isBlank() || token.length() > 100) {
      return Optional.empty();
    }
    return entityManager
        .createQuery("select r from PasswordReset r where r.tokenHash = :hash", PasswordReset.class)
        .setParameter("hash", ResetToken.digestOf(token.strip()))
        .setLockMode(lock)
        .getResultStream()
        .findFirst();
  }
}
