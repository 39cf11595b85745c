package org.meridian.tenancy.people;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.meridian.tenancy.Refusal;
import org.meridian.tenancy.RefusedArgumentException;
import org.meridian.tenancy.office.LanguageTag;
import org.meridian.tenancy.office.Office;
import org.meridian.tenancy.office.OfficeRef;

/** People and their memberships. Passwords are kept only as salted PBKDF2 hashes. */
@ApplicationScoped
public class AccountDirectory {

  @PersistenceContext(unitName = "meridian")
  private EntityManager entityManager;

  @Inject private Pbkdf2PasswordHash passwordHash;
  @Inject private Clock clock;
  @Inject private jakarta.enterprise.event.Event<MembershipChanged> membershipChanges;

  /**
   * Reads run in a transaction, the caller's or one of their own (sign-in, the console's pages and
   * the alert rules read at once on many threads): outside one, they closed each other's entity
   * manager (InTransaction says why).
   */
  @Inject private org.meridian.tenancy.persistence.InTransaction reads;

  /** New hashes at the configured {@link PasswordCost}; stored hashes are checked at their own. */
  @PostConstruct
  void init() {
    passwordHash.initialize(PasswordCost.fromConfig().hashParameters());
  }

  @Transactional
  public Account create(String email, String displayName, LanguageTag language, String password) {
    PasswordPolicy.check(password);
    String normalised = Account.normaliseEmail(email);
    if (find(normalised).isPresent()) {
      throw new RefusedArgumentException(
          Refusal.of("people.account_0_exists", "An account for {0} exists", normalised));
    }
    Account account =
        new Account(
            normalised, displayName, language, passwordHash.generate(password.toCharArray()));
    entityManager.persist(account);
    return account;
  }

  /** An account for an invited person, without a password, inside the caller's transaction. */
  @Transactional(TxType.MANDATORY)
  public Account createInvited(String email, String displayName, LanguageTag language) {
    Account account = Account.invited(email, displayName, language);
    entityManager.persist(account);
    return account;
  }

  @Transactional
  public void grant(String email, Office office, Role role) {
    Account account =
        find(email).orElseThrow(() -> new IllegalArgumentException("No account " + email));
    entityManager.persist(new Membership(account, entityManager.merge(office), role));
  }

  public Optional<Account> find(String email) {
    String normalised;
    try {
      normalised = Account.normaliseEmail(email);
    } catch (IllegalArgumentException notAnEmail) {
      return Optional.empty();
    }
    return reads.call(
        () ->
            entityManager
                .createQuery("select a from Account a where a.email = :email", Account.class)
                .setParameter("email", normalised)
                .getResultStream()
                .findFirst());
  }

  /** The people of {@code office} who can sign in, with their role there (e-mail, role). */
  public List<Map.Entry<String, Role>> activeMembersOf(OfficeRef office) {
    return reads.call(
        () ->
            entityManager
                .createQuery(
                    "select a.email, m.role from Membership m join m.account a"
                        + " where m.office.id = :office and a.status = :active",
                    Object[].class)
                .setParameter("office", office.id())
                .setParameter("active", AccountStatus.ACTIVE)
                .getResultStream()
                .map(row -> Map.entry((String) row[0], (Role) row[1]))
                .toList());
  }

  /** The offices a person works in and their role in each, by office code. */
  public List<OfficeRole> officesOf(String email) {
    return reads.call(
        () ->
            entityManager
                .createQuery(
                    "select m from Membership m where m.account.email = :email", Membership.class)
                .setParameter("email", email)
                .getResultList()
                .stream()
                .map(m -> new OfficeRole(m.office().ref(), m.role()))
                .sorted(Comparator.comparing(r -> r.office().code().value()))
                .toList());
  }

  /**
   * Changes a signed-in person's password after checking their current one.
   *
   * @throws WrongPasswordException when {@code currentPassword} is not right
   * @throws IllegalArgumentException when the new password does not meet {@link PasswordPolicy}
   */
  @Transactional
  public void changePassword(String email, char[] currentPassword, String newPassword) {
    PasswordPolicy.check(newPassword);
    Account account =
        find(email)
            .filter(a -> a.hasPassword() && passwordHash.verify(currentPassword, a.passwordHash()))
            .orElseThrow(WrongPasswordException::new);
    account.changePasswordHash(passwordHash.generate(newPassword.toCharArray()));
  }

  /** Sets a new password without the old one: for reset links, inside the caller's transaction. */
  @Transactional
  public void setPassword(Account account, String newPassword) {
    PasswordPolicy.check(newPassword);
    entityManager
        .merge(account)
        .changePasswordHash(passwordHash.generate(newPassword.toCharArray()));
  }

  /** An invited person's first password, from their invitation link: the account becomes active. */
  @Transactional(TxType.MANDATORY)
  public void acceptInvitation(Account account, String newPassword) {
    PasswordPolicy.check(newPassword);
    entityManager.merge(account).acceptInvitation(passwordHash.generate(newPassword.toCharArray()));
  }

  /**
   * Changes the language a person prefers (the console's language for them).
   *
   * @throws IllegalArgumentException when there is no account for {@code email}
   */
  @Transactional
  public void changePreferredLanguage(String email, LanguageTag language) {
    find(email)
        .orElseThrow(() -> new IllegalArgumentException("No account " + email))
        .changePreferredLanguage(language);
  }

  /** Notes a successful sign-in, for the people screen. */
  @Transactional
  public void recordSignIn(String email) {
    // A bulk update: a sign-in must not conflict (@Version) with an administrator's change.
    entityManager
        .createQuery("update Account a set a.lastSignInAt = :now where a.email = :email")
        .setParameter("now", clock.instant())
        .setParameter("email", Account.normaliseEmail(email))
        .executeUpdate();
  }

  /**
   * Ends every console session of {@code email} at once ("sign out everywhere"): the person
   * themselves, or an HQ administrator for anyone.
   *
   * @throws PeopleRefusedException when {@code actor} may not, or there is no such account
   */
  @Transactional
  public void endSessions(String actor, String email) {
    Account account =
        find(email)
            .orElseThrow(
                () ->
                    new PeopleRefusedException(
                        Refusal.of("people.no_account_0", "There is no account {0}.", email)));
    boolean self = account.email().equals(Account.normaliseEmail(actor));
    if (!self && !grantRulesFor(actor).isHqAdmin()) {
      throw new PeopleRefusedException(
          Refusal.of(
              "people.sign_out_everywhere_self_or_hq",
              "Only the person and HQ administrators can sign a person out everywhere."));
    }
    account.endSessions(clock.instant());
    membershipChanges.fire(
        new MembershipChanged(
            null, account.email(), MembershipChanged.Change.SESSIONS_ENDED, null, null, actor));
  }

  /** What the person with {@code email} may do to offices' people, from their memberships now. */
  public GrantRules grantRulesFor(String email) {
    boolean active = find(email).filter(Account::canSignIn).isPresent();
    return GrantRules.of(active ? officesOf(Account.normaliseEmail(email)) : List.of());
  }

  /**
   * Checks a password. When there is no such account a dummy hash is still verified, so that the
   * time taken does not tell whether the e-mail address exists.
   */
  public Optional<Account> verify(String email, char[] password) {
    Optional<Account> account = find(email).filter(Account::canSignIn);
    String hash = account.map(Account::passwordHash).orElseGet(this::dummyHash);
    boolean matches = passwordHash.verify(password, hash);
    return matches ? account : Optional.empty();
  }

  private volatile String dummyHash;

  private String dummyHash() {
    if (dummyHash == null) {
      dummyHash = passwordHash.generate("no-such-account-password".toCharArray());
    }
    return dummyHash;
  }
}
