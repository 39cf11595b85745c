package org.meridian.app.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.meridian.content.blueprint.NewOffice;
import org.meridian.content.blueprint.OfficeProvisioning;
import org.meridian.tenancy.TenantContext;
import org.meridian.tenancy.office.AccentColour;
import org.meridian.tenancy.office.LanguageTag;
import org.meridian.tenancy.office.Office;
import org.meridian.tenancy.office.OfficeCode;
import org.meridian.tenancy.office.OfficeContact;
import org.meridian.tenancy.office.OfficeDirectory;
import org.meridian.tenancy.office.OfficeProfile;
import org.meridian.tenancy.office.OfficeRef;
import org.meridian.tenancy.office.OfficeType;
import org.meridian.tenancy.people.PasswordPolicy;

/**
 * Loads a small demo network into an empty database: HQ, a regional office and two country offices,
 * people in each, and content made live through {@link DemoPublishing} (the review policies are
 * chosen after the content is loaded, by {@link DemoWorkflow}), then three offices publishing in
 * Arabic, Spanish and Portuguese.
 */
@ApplicationScoped
public class DemoContent {

  /** The password of every demo account when {@code MERIDIAN_DEMO_PASSWORD} is not set. */
  public static final String DEFAULT_PASSWORD = "meridian-demo";

  private static final Logger LOG = Logger.getLogger(DemoContent.class.getName());
  private static final LanguageTag EN = new LanguageTag("en");
  private static final LanguageTag FR = new LanguageTag("fr");
  private static final String AUTHOR = DemoPublishing.AUTHOR;

  @Inject private OfficeDirectory offices;
  @Inject private TenantContext tenant;
  @Inject private OfficeProvisioning provisioning;
  @Inject private DemoPublishing publishing;
  @Inject private DemoPeople people;
  @Inject private DemoTypedContent typedContent;
  @Inject private DemoTranslations translations;
  @Inject private DemoMedia media;
  @Inject private DemoWorldOffices worldOffices;
  @Inject private DemoTaxonomy taxonomy;
  @Inject private DemoWorkflow workflow;
  @Inject private DemoSyndication syndication;

  @Inject
  @ConfigProperty(name = "meridian.demo.enabled", defaultValue = "false")
  private boolean enabled;

  @Inject
  @ConfigProperty(name = "meridian.demo.password")
  private Optional<String> configuredPassword;

  /** Loads the demo network when wanted and the database is empty; says what it did. */
  @ActivateRequestContext
  public String loadIfWanted() {
    if (!enabled) {
      return "";
    }
    String password = configuredPassword.map(String::strip).orElse("");
    String demoPassword = password.isBlank() ? DEFAULT_PASSWORD : password;
    if (password.isBlank()) {
      LOG.warning(
          "MERIDIAN_DEMO_PASSWORD is not set: the demo accounts use the documented default"
              + " password '"
              + DEFAULT_PASSWORD
              + "'");
    }
    String logins =
        "  Demo office sites: /gambia/en/  /senegal/fr/  (host routing: http://gambia.localhost:<port>/en/)\n"
            + "  Demo sign-ins (password: "
            + (password.isBlank() ? DEFAULT_PASSWORD : "the value of MERIDIAN_DEMO_PASSWORD")
            + "):\n"
            + "    hq.admin@meridian.example.org        HQ administrator\n"
            + "    gambia.admin@meridian.example.org    office administrator, The Gambia\n"
            + "    gambia.editor@meridian.example.org   editor, The Gambia\n"
            + "    senegal.editor@meridian.example.org  editor, Senegal\n"
            + "    wca.publisher@meridian.example.org   publisher, The Gambia and Senegal\n"
            + "    wca.regional@meridian.example.org    publisher, regional office (shares items)\n"
            + "    wca.admin@meridian.example.org       regional administrator: The Gambia, Senegal\n"
            + "    mali.editor@meridian.example.org     editor, Mali (a suspended office)\n"
            + "    senegal.francophone@meridian.example.org  editor, Senegal (console in French)\n"
            + "    gambia.arabophone@meridian.example.org    editor, The Gambia (console in Arabic)\n";
    if (!offices.isEmpty()) {
      return logins;
    }
    // Checked before anything is written, so a bad password leaves the database empty.
    try {
      PasswordPolicy.check(demoPassword);
    } catch (IllegalArgumentException weak) {
      throw new IllegalArgumentException(
          "MERIDIAN_DEMO_PASSWORD is not accepted: " + weak.getMessage());
    }
    load(demoPassword);
    LOG.info(
        "Loaded the demo network: hq, west-central-africa, gambia, senegal, mali (suspended),"
            + " jordan (ar), peru (es), mozambique (pt)");
    return logins;
  }

  private void load(String demoPassword) {
    OfficeRef hq =
        offices.create(
            new Office(
                new OfficeCode("hq"),
                OfficeType.HQ,
                null,
                List.of(EN, FR),
                ZoneId.of("Europe/Zurich"),
                Map.of(EN, "Meridian Network Headquarters", FR, "Siège du réseau Meridian")),
            AUTHOR);
    OfficeRef region =
        provisioning.provision(
            new NewOffice(
                new OfficeCode("west-central-africa"),
                OfficeType.REGIONAL,
                hq.code(),
                List.of(EN, FR),
                ZoneId.of("Africa/Dakar"),
                Map.of(
                    EN, "Regional Office for West and Central Africa",
                    FR, "Bureau régional pour l’Afrique de l’Ouest et du Centre"),
                List.of()),
            AUTHOR);
    OfficeRef gambia =
        provisioning.provision(
            new NewOffice(
                new OfficeCode("gambia"),
                OfficeType.COUNTRY,
                region.code(),
                List.of(EN),
                ZoneId.of("Africa/Banjul"),
                Map.of(EN, "Meridian in The Gambia"),
                List.of("gambia.meridian.example.org")),
            AUTHOR);
    OfficeRef senegal =
        provisioning.provision(
            new NewOffice(
                new OfficeCode("senegal"),
                OfficeType.COUNTRY,
                region.code(),
                List.of(FR, EN),
                ZoneId.of("Africa/Dakar"),
                Map.of(FR, "Meridian au Sénégal", EN, "Meridian in Senegal"),
                List.of()),
            AUTHOR);
    people.load(hq, region, gambia, senegal, demoPassword);

    tenant.runAs(hq, () -> DemoTexts.hq().forEach(publishing::publish));
    tenant.runAs(region, () -> DemoTexts.region().forEach(publishing::publish));
    // The monthly figures first: older than the office's own pages and news, they stay off the
    // first page of the console's content list.
    tenant.runAs(gambia, () -> DemoTexts.gambiaFigures().forEach(publishing::publish));
    tenant.runAs(gambia, () -> DemoTexts.gambia().forEach(publishing::publish));
    tenant.runAs(senegal, () -> DemoTexts.senegal().forEach(publishing::publish));
    tenant.runAs(senegal, translations::loadSenegal);
    tenant.runAs(gambia, () -> publishing.draft(DemoTexts.gambiaDraft()));
    tenant.runAs(gambia, () -> typedContent.load(gambia));
    tenant.runAs(senegal, () -> typedContent.load(senegal));
    media.load(hq, gambia, senegal);
    taxonomy.load(gambia, senegal);
    tenant.runAs(gambia, () -> publishing.feature(EN, "mobile-clinics-river", "year-in-review"));
    tenant.runAs(senegal, () -> publishing.feature(FR, "rencontre-diaspora"));
    offices.updateProfile(
        senegal.code(),
        new OfficeProfile(
            Map.of(FR, "Meridian au Sénégal", EN, "Meridian in Senegal"),
            AccentColour.DEFAULT,
            new OfficeContact(
                "contact@senegal.meridian.example.org",
                "+221 33 800 00 00",
                "Rue 10 x Avenue Bourguiba\nDakar"),
            Map.of(),
            ZoneId.of("Africa/Dakar")),
        DemoWorkflow.HQ_ADMIN);
    workflow.load(hq, senegal);
    syndication.load(hq, region, senegal, demoPassword);
    worldOffices.load(hq);
  }
}
