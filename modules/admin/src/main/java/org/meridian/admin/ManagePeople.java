package org.meridian.admin;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import org.meridian.tenancy.invitation.Invitations;
import org.meridian.tenancy.invitation.NewInvitation;
import org.meridian.tenancy.office.LanguageTag;
import org.meridian.tenancy.office.OfficeCode;
import org.meridian.tenancy.office.OfficeDirectory;
import org.meridian.tenancy.office.OfficeRef;
import org.meridian.tenancy.people.OfficePeople;
import org.meridian.tenancy.people.PeopleRefusedException;
import org.meridian.tenancy.people.PersonInOffice;
import org.meridian.tenancy.people.Role;
import org.meridian.tenancy.permission.NetworkAction;

/**
 * The people of an office: invite, change a role, remove (after a confirmation), and for HQ
 * administrators pick any office ({@code ?manage=code}) and disable or enable accounts. The
 * services check every action against the signed-in person's memberships; this bean only shows the
 * outcome.
 */
@Named
@ViewScoped
public class ManagePeople implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
  private static final List<String> COMMON_LANGUAGES = List.of("en", "fr", "es", "pt", "ar");

  @Inject private OfficePeople people;
  @Inject private Invitations invitations;
  @Inject private OfficeDirectory offices;
  @Inject private org.meridian.tenancy.people.AccountDirectory accounts;
  @Inject private CurrentOffice currentOffice;

  private OfficeRef office;
  private List<PersonInOffice> list = List.of();
  private List<Role> grantable = List.of();
  private String email;
  private String invitationLink;
  private String invitationFor;
  private String name;
  private String language;
  private Role role;
  private PersonInOffice changing;
  private Role newRole;
  private PersonInOffice removing;

  @PostConstruct
  void init() {
    String wanted =
        FacesContext.getCurrentInstance()
            .getExternalContext()
            .getRequestParameterMap()
            .get("manage");
    String code = wanted == null || wanted.isBlank() ? currentOffice.getCode() : wanted.strip();
    if (code.isEmpty()) {
      return;
    }
    try {
      office =
          offices
              .find(new OfficeCode(code))
              .orElseThrow(
                  () ->
                      new PeopleRefusedException(
                          org.meridian.tenancy.Refusal.of(
                              "people.no_office_0", "There is no office '{0}'.", code)));
      refresh();
      language = office.defaultLanguage().value();
    } catch (PeopleRefusedException | IllegalArgumentException refused) {
      office = null;
      Messages.refusal(refused);
    }
  }

  private void refresh() {
    list = people.list(actor(), office.code());
    grantable = people.grantable(actor(), office.code());
  }

  /** Whether the list and forms are shown: the person may manage the office's people. */
  public boolean isAllowed() {
    return office != null;
  }

  public void invite() {
    if (office == null) {
      return;
    }
    try {
      java.util.Optional<String> link =
          invitations.invite(
              actor(),
              office.code(),
              new NewInvitation(email, name, LanguageTag.parse(language).orElse(null), role));
      invitationLink = null;
      if (mailGoesOut()) {
        Messages.info("people.invitation_sent_0_1_2", email.strip(), roleName(role), office.code());
      } else if (link.isPresent()) {
        showLink(email.strip(), link.get());
        Messages.info(
            "people.no_mail_copy_link_0_1_2", email.strip(), roleName(role), office.code());
      } else {
        Messages.info("people.no_mail_added_0_1_2", email.strip(), roleName(role), office.code());
      }
      email = null;
      name = null;
      role = null;
      refresh();
    } catch (PeopleRefusedException refused) {
      String field =
          refused.field().map(f -> "invite:" + f.name().toLowerCase(Locale.ROOT)).orElse(null);
      Messages.refusalOn(field, refused);
    }
  }

  public void askToChangeRole(PersonInOffice person) {
    changing = person;
    newRole = person.role();
    removing = null;
  }

  public void changeRole() {
    act(
        p -> people.changeRole(actor(), p.membershipId(), newRole),
        changing,
        ConsoleText.text("people.outcome_now_0", roleName(newRole)));
  }

  public void askToRemove(PersonInOffice person) {
    removing = person;
    changing = null;
  }

  public void remove() {
    act(
        p -> people.remove(actor(), p.membershipId()),
        removing,
        ConsoleText.text("people.outcome_removed_0", office.code()));
  }

  public void cancel() {
    changing = null;
    removing = null;
  }

  public void disable(PersonInOffice person) {
    act(
        p -> people.disable(actor(), p.email()),
        person,
        ConsoleText.text("people.outcome_disabled"));
  }

  public void enable(PersonInOffice person) {
    act(p -> people.enable(actor(), p.email()), person, ConsoleText.text("people.outcome_enabled"));
  }

  /** Ends every console session of the person (HQ administrators; the service checks). */
  public void endSessions(PersonInOffice person) {
    act(
        p -> accounts.endSessions(actor(), p.email()),
        person,
        ConsoleText.text("people.outcome_signed_out"));
  }

  public void resend(PersonInOffice person) {
    invitationLink = null;
    if (mailGoesOut()) {
      act(
          p -> invitations.resend(actor(), office.code(), p.email()),
          person,
          ConsoleText.text("people.outcome_resent"));
      return;
    }
    act(
        p -> showLink(p.email(), invitations.resend(actor(), office.code(), p.email())),
        person,
        ConsoleText.text("people.outcome_new_link_no_mail"));
  }

  /**
   * Whether this server sends e-mail: without a mail server the invitation only waits in the
   * outbox, which an office's administrator cannot open, so the console shows its link instead.
   */
  private static boolean mailGoesOut() {
    return org.meridian.tenancy.mail.MailSettings.fromConfig().configured();
  }

  private void showLink(String forWhom, String link) {
    invitationFor = forWhom;
    invitationLink = link;
  }

  /** The invitation link to copy when no e-mail goes out, or null. */
  public String getInvitationLink() {
    return invitationLink;
  }

  /** Whom {@link #getInvitationLink()} is for. */
  public String getInvitationFor() {
    return invitationFor;
  }

  private void act(Consumer<PersonInOffice> action, PersonInOffice person, String outcome) {
    if (person == null || office == null) {
      return;
    }
    try {
      action.accept(person);
      Messages.info("people.done_0_1", person.email(), outcome);
    } catch (PeopleRefusedException refused) {
      Messages.refusal(refused);
    }
    cancel();
    try {
      refresh();
    } catch (PeopleRefusedException refused) {
      office = null;
      list = List.of();
      Messages.refusal(refused);
    }
  }

  /**
   * Whether the signed-in person may change or remove this membership (its role is theirs to give).
   */
  public boolean mayChange(PersonInOffice person) {
    return grantable.contains(person.role());
  }

  public boolean isHqAdmin() {
    return currentOffice.mayInNetwork(NetworkAction.MANAGE_ACCOUNTS);
  }

  /** Every office, for HQ administrators' office picker. */
  public List<OfficeRef> getOffices() {
    return isHqAdmin() ? offices.all() : List.of();
  }

  /** The office's languages first, then the network's common ones. */
  public Set<String> getLanguages() {
    Set<String> languages = new LinkedHashSet<>();
    if (office != null) {
      office.languages().forEach(tag -> languages.add(tag.value()));
    }
    languages.addAll(COMMON_LANGUAGES);
    return languages;
  }

  /** A role in the reader's language (English keeps the role codes, e.g. EDITOR). */
  private static String roleName(Role role) {
    return role == null ? "" : ConsoleText.text("role." + role.name());
  }

  /** A status as the list shows it: active, invited or disabled. */
  public String status(PersonInOffice person) {
    return ConsoleText.text("people.status." + person.status().name());
  }

  /** A time in the office's time zone; "never" for none. */
  public String when(Instant instant) {
    if (instant == null) {
      return ConsoleText.text("common.never");
    }
    ZoneId zone = office == null ? ZoneOffset.UTC : office.timeZone();
    return WHEN.format(instant.atZone(zone)) + " (" + zone.getId() + ")";
  }

  private String actor() {
    return currentOffice.getEmail();
  }

  public OfficeRef getOffice() {
    return office;
  }

  public List<PersonInOffice> getPeople() {
    return list;
  }

  public List<Role> getGrantable() {
    return grantable;
  }

  public PersonInOffice getChanging() {
    return changing;
  }

  public PersonInOffice getRemoving() {
    return removing;
  }

  public Role getNewRole() {
    return newRole;
  }

  public void setNewRole(Role newRole) {
    this.newRole = newRole;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getLanguage() {
    return language;
  }

  public void setLanguage(String language) {
    this.language = language;
  }

  public Role getRole() {
    return role;
  }

  public void setRole(Role role) {
    this.role = role;
  }
}
