package org.meridian.tenancy.reset;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.stream.Stream;
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

  @Inject private Clock clock;

  /**
   * Reads run in a transaction, the caller's or one of their own (a reset or invitation link's page
   * checks its token outside one, on many threads at once): outside one, they closed each other's
   * entity manager (InTransaction says why).
   */
  @Inject private org.meridian.tenancy.persistence.InTransaction reads;

  /**
   * Sends a reset link when {@code email} belongs to an active account (one that came with an
   * office archive sets its first password so); otherwise does nothing.
   */
  @Transactional
  public void request(String email) {
    Optional<Account> account = accounts.find(email).filter(Account::mayAskForReset);
    if (account.isEmpty() || linksInTheLastHour(account.get()) >= LINKS_PER_HOUR) {
      return;
    }
    ResetToken token = issue(account.get(), LinkPurpose.RESET);
    outbox.put(
        account.get().email(),
        "Reset your Meridian password",
        ResetMessage.body(account.get().displayName(), account.get().email(), links.of(token)));
  }

  /**
   * Creates a link for {@code account} inside the caller's transaction and returns its token, to be
   * put in a message; only the token's digest is stored. A new invitation link closes the account's
   * earlier invitation links.
   */
  @Transactional(TxType.MANDATORY)
  public ResetToken issue(Account account, LinkPurpose purpose) {
    Instant now = clock.instant();
    if (purpose == LinkPurpose.INVITATION) {
      openLinksOf(account).filter(r -> r.purpose() == purpose).forEach(r -> r.revoke(now));
    }
    ResetToken token = ResetToken.generate();
    entityManager.persist(new PasswordReset(account, token, purpose, now));
    return token;
  }

  /**
   * Whether a reset link's token can still be used; for showing the form or the refusal at once.
   */
  public boolean isUsable(String token) {
    return accountOf(token, LinkPurpose.RESET).isPresent();
  }

  /** The account of a link of {@code purpose} that can still be used, if {@code token} is one. */
  public Optional<Account> accountOf(String token, LinkPurpose purpose) {
    return reads.call(
        () ->
            find(token, LockModeType.NONE)
                .filter(r -> r.purpose() == purpose && r.isUsable(clock.instant()))
                .map(PasswordReset::account));
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
    Account account = spend(token, LinkPurpose.RESET);
    accounts.setPassword(account, newPassword);
    throttle.forgetFailures(account.email());
  }

  /**
   * Spends a link of {@code purpose} inside the caller's transaction (the row is locked, so two
   * clicks cannot both use it), closes the account's other open links, and returns the account.
   *
   * @throws InvalidResetLinkException when the token is unknown, of another purpose, expired, used
   *     or replaced
   */
  @Transactional(TxType.MANDATORY)
  public Account spend(String token, LinkPurpose purpose) {
    Instant now = clock.instant();
    PasswordReset reset =
        find(token, LockModeType.PESSIMISTIC_WRITE)
            .filter(r -> r.purpose() == purpose)
            .orElseThrow(InvalidResetLinkException::new);
    reset.use(now);
    Account account = reset.account();
    openLinksOf(account).filter(other -> other != reset).forEach(other -> other.revoke(now));
    return account;
  }

  private Stream<PasswordReset> openLinksOf(Account account) {
    return entityManager
        .createQuery(
            "select r from PasswordReset r where r.account = :account"
                + " and r.usedAt is null and r.revokedAt is null",
            PasswordReset.class)
        .setParameter("account", account)
        .getResultStream();
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
