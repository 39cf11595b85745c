package org.meridian.tenancy.people;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.logging.Logger;
import org.meridian.tenancy.Refusal;
import org.meridian.tenancy.office.LanguageTag;
import org.meridian.tenancy.office.Office;
import org.meridian.tenancy.office.OfficeCode;
import org.meridian.tenancy.office.OfficeDirectory;
import org.meridian.tenancy.office.OfficeRef;
import org.meridian.tenancy.permission.PermissionRule;

/**
 * The people of an office: list them, change a role, remove a membership, disable or enable an
 * account. Every call is checked against the caller's memberships as they are now ({@link
 * GrantRules}), never against what a form says. Memberships are not office-owned data (HQ manages
 * everyone), so the office is named explicitly and the rules decide.
 */
@ApplicationScoped
public class OfficePeople {

  private static final Logger LOG = Logger.getLogger(OfficePeople.class.getName());

  @PersistenceContext(unitName = "meridian")
  private EntityManager entityManager;

  @Inject private AccountDirectory accounts;
  @Inject private OfficeDirectory offices;
  @Inject private Event<MembershipChanged> changes;

  /** The office's memberships by name, for someone who may manage its people. */
  @Transactional
  public List<PersonInOffice> list(String actor, OfficeCode code) {
    OfficeRef office = officeRef(code);
    GrantRules.require(accounts.grantRulesFor(actor).refusalToManage(office));
    return entityManager
        .createQuery(
            "select m from Membership m join fetch m.account a where m.office.id = :office"
                + " order by a.displayName, a.email, m.role",
            Membership.class)
        .setParameter("office", office.id())
        .getResultStream()
        .map(PersonInOffice::of)
        .toList();
  }

  /**
   * The office's people, for someone who may manage them, whose account may sign in but has not
   * since {@code cutoff} (or never has): who may have left, or never started.
   */
  @Transactional
  public List<PersonInOffice> dormant(String actor, OfficeCode code, java.time.Instant cutoff) {
    return list(actor, code).stream()
        .filter(p -> p.status() == AccountStatus.ACTIVE)
        .filter(p -> p.lastSignInAt() == null || p.lastSignInAt().isBefore(cutoff))
        .toList();
  }

  /** The roles {@code actor} may give in the office; none when they may not manage its people. */
  public List<Role> grantable(String actor, OfficeCode code) {
    return accounts.grantRulesFor(actor).grantable(officeRef(code));
  }

  /** Gives a membership another role; the office must keep an administrator. */
  @Transactional
  public PersonInOffice changeRole(String actor, long membershipId, Role newRole) {
    Membership membership = lockedMembership(membershipId);
    OfficeRef office = membership.office().ref();
    GrantRules rules = accounts.grantRulesFor(actor);
    GrantRules.require(rules.refusalToGrant(office, membership.role()));
    GrantRules.require(rules.refusalToGrant(office, newRole));
    if (membership.role() == newRole) {
      return PersonInOffice.of(membership);
    }
    if (holds(membership.account(), office, newRole)) {
      throw new PeopleRefusedException(
          Refusal.of(
              "people.already_has_role_0_1_2",
              "{0} already has the role {1} in {2}.",
              membership.account().email(),
              newRole,
              office.code()));
    }
    if (!GrantRules.isAdministrator(newRole)) {
      requireAnotherAdministrator(membership, office);
    }
    LOG.info(
        () ->
            actor
                + " changed "
                + membership.account().email()
                + " in "
                + office.code()
                + " from "
                + membership.role()
                + " to "
                + newRole);
    Role before = membership.role();
    membership.changeRole(newRole);
    changes.fire(
        new MembershipChanged(
            office,
            membership.account().email(),
            MembershipChanged.Change.ROLE_CHANGED,
            before.name(),
            newRole.name(),
            actor));
    return PersonInOffice.of(membership);
  }

  /** Takes a person out of an office (their account stays); the office keeps an administrator. */
  @Transactional
  public void remove(String actor, long membershipId) {
    Membership membership = lockedMembership(membershipId);
    OfficeRef office = membership.office().ref();
    GrantRules.require(accounts.grantRulesFor(actor).refusalToGrant(office, membership.role()));
    requireAnotherAdministrator(membership, office);
    LOG.info(
        () ->
            actor
                + " removed "
                + membership.account().email()
                + " ("
                + membership.role()
                + ") from "
                + office.code());
    entityManager.remove(membership);
    changes.fire(
        new MembershipChanged(
            office,
            membership.account().email(),
            MembershipChanged.Change.REMOVED,
            membership.role().name(),
            null,
            actor));
  }

  /** Stops a person from signing in (HQ administrators only; not oneself). */
  @Transactional
  public void disable(String actor, String email) {
    Account account = accountToSwitch(actor, email);
    if (account.email().equals(Account.normaliseEmail(actor))) {
      throw new PeopleRefusedException(
          Refusal.of("people.not_your_own_account", "You cannot disable your own account."));
    }
    account.disable();
    changes.fire(
        new MembershipChanged(
            null, account.email(), MembershipChanged.Change.ACCOUNT_DISABLED, null, null, actor));
    LOG.info(() -> actor + " disabled the account " + account.email());
  }

  /** Lets a disabled person sign in again (HQ administrators only). */
  @Transactional
  public void enable(String actor, String email) {
    Account account = accountToSwitch(actor, email);
    account.enable();
    changes.fire(
        new MembershipChanged(
            null, account.email(), MembershipChanged.Change.ACCOUNT_ENABLED, null, null, actor));
    LOG.info(() -> actor + " enabled the account " + account.email());
  }

  /**
   * Adds a membership inside the caller's transaction (invitations check the grant rules first).
   *
   * @throws PeopleRefusedException on the e-mail field when the person already has the role there
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public void add(Account account, OfficeRef office, Role role, String actor) {
    Office locked = lockOffice(office);
    if (holds(account, office, role)) {
      throw new PeopleRefusedException(
          PeopleRefusedException.Field.EMAIL,
          Refusal.of(
              "people.already_has_role_0_1_2",
              "{0} already has the role {1} in {2}.",
              account.email(),
              role,
              office.code()));
    }
    entityManager.persist(new Membership(account, locked, role));
    changes.fire(
        new MembershipChanged(
            office, account.email(), MembershipChanged.Change.ADDED, null, role.name(), actor));
  }

  /** What {@link #arrive} did. */
  public enum Arrival {
    /** The person had that role in the office already: nothing changed. */
    ALREADY_THERE,
    /** An existing account was given the role. */
    ROLE_GIVEN,
    /** A new account, without a password, was created with the role. */
    ACCOUNT_CREATED
  }

  /**
   * Gives a person who came with an office archive their role in {@code code}: the account with
   * that e-mail address if there is one (a disabled one stays disabled), otherwise a new one
   * without a password ({@link Account#arrivedWithoutPassword}: the person sets one through a reset
   * link). Checked like any grant ({@link GrantRules}: HQ roles only in HQ).
   */
  @Transactional
  public Arrival arrive(
      String actor, OfficeCode code, String email, String name, LanguageTag language, Role role) {
    OfficeRef office = officeRef(code);
    GrantRules.require(accounts.grantRulesFor(actor).refusalToGrant(office, role));
    java.util.Optional<Account> existing = accounts.find(email);
    Account account =
        existing.orElseGet(() -> Account.arrivedWithoutPassword(email, name, language));
    if (existing.isEmpty()) {
      entityManager.persist(account);
    } else if (holds(account, office, role)) {
      return Arrival.ALREADY_THERE;
    }
    entityManager.persist(new Membership(account, lockOffice(office), role));
    changes.fire(
        new MembershipChanged(
            office, account.email(), MembershipChanged.Change.ADDED, null, role.name(), actor));
    LOG.info(() -> actor + " brought " + account.email() + " into " + code + " as " + role);
    return existing.isEmpty() ? Arrival.ACCOUNT_CREATED : Arrival.ROLE_GIVEN;
  }

  /** Whether {@code account} holds {@code role} in {@code office} already. */
  private boolean holds(Account account, OfficeRef office, Role role) {
    return entityManager
            .createQuery(
                "select count(m) from Membership m where m.account = :account"
                    + " and m.office.id = :office and m.role = :role",
                Long.class)
            .setParameter("account", account)
            .setParameter("office", office.id())
            .setParameter("role", role)
            .getSingleResult()
        > 0;
  }

  /**
   * Locks the office's row for the rest of the transaction, so that two administrators changing its
   * people at once are serialised (neither can remove the other as "not the last").
   */
  private Office lockOffice(OfficeRef office) {
    return entityManager.find(Office.class, office.id(), LockModeType.PESSIMISTIC_WRITE);
  }

  private Membership lockedMembership(long membershipId) {
    Membership membership = entityManager.find(Membership.class, membershipId);
    if (membership == null) {
      throw new PeopleRefusedException(
          Refusal.of(
              "people.membership_gone",
              "This membership no longer exists; the list has been refreshed."));
    }
    lockOffice(membership.office().ref());
    return membership;
  }

  private void requireAnotherAdministrator(Membership membership, OfficeRef office) {
    if (!GrantRules.isAdministrator(membership.role())) {
      return;
    }
    long others =
        entityManager
            .createQuery(
                "select count(m) from Membership m where m.office.id = :office and m <> :this"
                    + " and m.role in :roles",
                Long.class)
            .setParameter("office", office.id())
            .setParameter("this", membership)
            .setParameter("roles", PermissionRule.administratorRoles())
            .getSingleResult();
    if (others == 0) {
      throw new PeopleRefusedException(
          Refusal.of(
              "people.last_administrator_0_1",
              "{0} is the last administrator of {1}: make someone else an administrator first.",
              membership.account().email(),
              office.code()));
    }
  }

  private Account accountToSwitch(String actor, String email) {
    GrantRules.require(accounts.grantRulesFor(actor).refusalToDisable());
    return accounts
        .find(email)
        .orElseThrow(
            () ->
                new PeopleRefusedException(
                    Refusal.of("people.no_account_0", "There is no account {0}.", email)));
  }

  private OfficeRef officeRef(OfficeCode code) {
    return offices
        .find(code)
        .orElseThrow(
            () ->
                new PeopleRefusedException(
                    Refusal.of("people.no_office_0", "There is no office '{0}'.", code)));
  }
}
