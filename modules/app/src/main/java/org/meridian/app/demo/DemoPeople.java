package org.meridian.app.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.meridian.tenancy.office.LanguageTag;
import org.meridian.tenancy.office.Office;
import org.meridian.tenancy.office.OfficeCode;
import org.meridian.tenancy.office.OfficeDirectory;
import org.meridian.tenancy.office.OfficeRef;
import org.meridian.tenancy.office.OfficeType;
import org.meridian.tenancy.people.AccountDirectory;
import org.meridian.tenancy.people.Role;

/**
 * The demo network's people (fictional) and their roles, the suspended office Mali with its editor,
 * and the people only the integration tests sign in as.
 */
@ApplicationScoped
class DemoPeople {

  private static final LanguageTag EN = new LanguageTag("en");
  private static final LanguageTag FR = new LanguageTag("fr");
  private static final LanguageTag AR = new LanguageTag("ar");

  @Inject private AccountDirectory accounts;
  @Inject private OfficeDirectory offices;

  void load(OfficeRef hq, OfficeRef region, OfficeRef gambia, OfficeRef senegal, String password) {
    person("hq.admin", "Alex Morgan", EN, password, hq, Role.HQ_ADMIN);
    person("gambia.admin", "Isatou Ceesay", EN, password, gambia, Role.OFFICE_ADMIN);
    person("gambia.editor", "Fatou Jallow", EN, password, gambia, Role.EDITOR);
    // The integration tests read the console in English as these people: the console follows the
    // preferred language, so they prefer English; the two below show the French and Arabic console.
    person("senegal.editor", "Awa Diop", EN, password, senegal, Role.EDITOR);
    person("wca.publisher", "Samuel Mensah", EN, password, gambia, Role.PUBLISHER);
    accounts.grant(
        "wca.publisher@meridian.example.org", offices.load(senegal.code()), Role.PUBLISHER);
    person("senegal.francophone", "Mariama Sow", FR, password, senegal, Role.EDITOR);
    person("gambia.arabophone", "Youssef Haddad", AR, password, gambia, Role.EDITOR);
    // The regional office's administrator runs the region's offices (people, settings, health,
    // audit trail, API tokens): HQ delegates each region unless it turns that off.
    person("wca.admin", "Kwame Asante", EN, password, region, Role.OFFICE_ADMIN);
    loadSuspendedOffice(region, password);
    loadTestPeople(gambia, senegal, password);
  }

  private void person(
      String who, String name, LanguageTag language, String password, OfficeRef office, Role role) {
    String email = who + "@meridian.example.org";
    accounts.create(email, name, language, password);
    accounts.grant(email, offices.load(office.code()), role);
  }

  /** Mali is suspended from the start: its editor can sign in but cannot work in it. */
  private void loadSuspendedOffice(OfficeRef region, String password) {
    Office mali =
        new Office(
            new OfficeCode("mali"),
            OfficeType.COUNTRY,
            offices.load(region.code()),
            List.of(FR),
            ZoneId.of("Africa/Bamako"),
            Map.of(FR, "Meridian au Mali"));
    mali.suspend();
    OfficeRef ref = offices.create(mali, DemoPublishing.AUTHOR);
    person("mali.editor", "Aminata Traoré", EN, password, ref, Role.EDITOR);
  }

  /**
   * Demo people that the integration tests lock out, reset or change the password of; nobody else
   * signs in as them, so those tests change nothing that other tests rely on.
   */
  private void loadTestPeople(OfficeRef gambia, OfficeRef senegal, String password) {
    for (String who : List.of("lockout", "reset", "password", "journey", "session")) {
      person(
          who + ".demo",
          "Demo person (" + who + " tests)",
          EN,
          password,
          who.equals("reset") ? senegal : gambia,
          Role.EDITOR);
    }
  }
}
