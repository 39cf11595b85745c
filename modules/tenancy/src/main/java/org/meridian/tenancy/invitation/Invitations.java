package org.meridian.tenancy.invitation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Optional;
import java.util.logging.Logger;
import org.meridian.tenancy.Refusal;
import org.meridian.tenancy.mail.MailOutbox;
import org.meridian.tenancy.office.OfficeCode;
import org.meridian.tenancy.office.OfficeDirectory;
import org.meridian.tenancy.office.OfficeRef;
import org.meridian.tenancy.people.Account;
import org.meridian.tenancy.people.AccountDirectory;
import org.meridian.tenancy.people.AccountStatus;
import org.meridian.tenancy.people.GrantRules;
import org.meridian.tenancy.people.OfficePeople;
import org.meridian.tenancy.people.OfficeRole;
import org.meridian.tenancy.people.PasswordPolicy;
import org.meridian.tenancy.people.PeopleRefusedException;
import org.meridian.tenancy.people.PeopleRefusedException.Field;
import org.meridian.tenancy.reset.InvalidResetLinkException;
import org.meridian.tenancy.reset.LinkPurpose;
import org.meridian.tenancy.reset.PasswordResets;
import org.meridian.tenancy.reset.ResetLinks;
import org.meridian.tenancy.reset.ResetToken;

/**
 * Inviting a person into an office with a role, and accepting an invitation. The membership, the
 * account (for a new person) and the message stand or fall together, in one transaction.
 */
@ApplicationScoped
public class Invitations {

  private static final Logger LOG = Logger.getLogger(Invitations.class.getName());

  @Inject private AccountDirectory accounts;
  @Inject private OfficeDirectory offices;
  @Inject private OfficePeople people;
  @Inject private PasswordResets links;
  @Inject private ResetLinks addresses;
  @Inject private MailOutbox outbox;

  /**
   * Invites {@code invitation.email()} into {@code office}. A new address gets an account that
   * cannot sign in and a set-password link; an invited person who has not accepted yet gets a new
   * link (the old ones close); anyone else gets a notice. The caller's answer is the same in every
   * case, so it does not tell whether the address had an account.
   *
   * @return the set-password link the message carries, or empty when the person already had an
   *     account (the message then only tells them): for the console to show when no mail goes out
   * @throws PeopleRefusedException when the grant rules refuse, a field is wrong, or the person
   *     already has the role in the office
   */
  @Transactional
  public Optional<String> invite(String actor, OfficeCode office, NewInvitation invitation) {
    OfficeRef target =
        offices
            .find(office)
            .orElseThrow(
                () ->
                    new PeopleRefusedException(
                        Refusal.of("people.no_office_0", "There is no office '{0}'.", office)));
    if (invitation.role() == null) {
      throw new PeopleRefusedException(
          Field.ROLE, Refusal.of("people.choose_role", "Choose a role."));
    }
    Optional<Refusal> refusal =
        accounts.grantRulesFor(actor).refusalToGrant(target, invitation.role());
    if (refusal.isPresent()) {
      throw new PeopleRefusedException(Field.ROLE, refusal.get());
    }
    String email;
    try {
      email = Account.normaliseEmail(invitation.email());
    } catch (IllegalArgumentException notAnAddress) {
      throw new PeopleRefusedException(
          Field.EMAIL,
          Refusal.of("people.enter_email", "Enter an e-mail address, e.g. name@example.org."));
    }
    Account account = accounts.find(email).orElseGet(() -> newAccount(email, invitation));
    people.add(account, target, invitation.role(), actor);
    String officeName = target.name(account.preferredLanguage());
    Optional<String> link = Optional.empty();
    if (account.status() == AccountStatus.INVITED) {
      ResetToken token = links.issue(account, LinkPurpose.INVITATION);
      link = Optional.of(addresses.of(LinkPurpose.INVITATION, token));
      outbox.put(
          email,
          "You are invited to Meridian",
          InvitationMessage.invitation(
              account.displayName(),
              officeName,
              invitation.role(),
              link.get(),
              LinkPurpose.INVITATION.validFor().toDays()));
    } else {
      outbox.put(
          email,
          "You have been added to " + officeName,
          InvitationMessage.notice(
              account.displayName(), officeName, invitation.role(), addresses.console()));
    }
    LOG.info(() -> actor + " invited " + email + " to " + office + " as " + invitation.role());
    return link;
  }

  /**
   * Sends a new set-password link to someone of {@code office} who was invited and has not accepted
   * yet (e.g. their link expired); earlier links close.
   */
  @Transactional
  public String resend(String actor, OfficeCode office, String email) {
    OfficeRef target =
        offices
            .find(office)
            .orElseThrow(
                () ->
                    new PeopleRefusedException(
                        Refusal.of("people.no_office_0", "There is no office '{0}'.", office)));
    GrantRules.require(accounts.grantRulesFor(actor).refusalToManage(target));
    Optional<Account> invited =
        accounts.find(email).filter(a -> a.status() == AccountStatus.INVITED);
    OfficeRole membership =
        invited.stream()
            .flatMap(a -> accounts.officesOf(a.email()).stream())
            .filter(m -> m.office().id() == target.id())
            .findFirst()
            .orElseThrow(
                () ->
                    new PeopleRefusedException(
                        Refusal.of(
                            "people.no_open_invitation_0_1",
                            "{0} has no open invitation to {1}.",
                            email,
                            office)));
    Account account = invited.orElseThrow();
    ResetToken token = links.issue(account, LinkPurpose.INVITATION);
    String link = addresses.of(LinkPurpose.INVITATION, token);
    outbox.put(
        account.email(),
        "You are invited to Meridian",
        InvitationMessage.invitation(
            account.displayName(),
            target.name(account.preferredLanguage()),
            membership.role(),
            link,
            LinkPurpose.INVITATION.validFor().toDays()));
    LOG.info(() -> actor + " sent a new invitation link to " + account.email());
    return link;
  }

  /** Whether an invitation link can still be used; for showing the form or the refusal at once. */
  public boolean isUsable(String token) {
    return links
        .accountOf(token, LinkPurpose.INVITATION)
        .filter(a -> a.status() == AccountStatus.INVITED)
        .isPresent();
  }

  /**
   * Sets the invited person's first password and activates the account; signs nobody in.
   *
   * @throws InvalidInvitationException when the link is unknown, expired, used or replaced, or the
   *     account is no longer waiting for a password (e.g. disabled)
   * @throws IllegalArgumentException when the password does not meet the policy (link unspent)
   */
  @Transactional
  public void accept(String token, String newPassword) {
    PasswordPolicy.check(newPassword);
    Account account;
    try {
      account = links.spend(token, LinkPurpose.INVITATION);
    } catch (InvalidResetLinkException e) {
      throw new InvalidInvitationException();
    }
    if (account.status() != AccountStatus.INVITED) {
      throw new InvalidInvitationException();
    }
    accounts.acceptInvitation(account, newPassword);
    LOG.info(() -> account.email() + " accepted an invitation");
  }

  private Account newAccount(String email, NewInvitation invitation) {
    if (invitation.name() == null || invitation.name().isBlank()) {
      throw new PeopleRefusedException(
          Field.NAME, Refusal.of("people.give_name", "Give the person's name."));
    }
    if (invitation.language() == null) {
      throw new PeopleRefusedException(
          Field.LANGUAGE, Refusal.of("people.choose_language", "Choose the person's language."));
    }
    return accounts.createInvited(email, invitation.name(), invitation.language());
  }
}
