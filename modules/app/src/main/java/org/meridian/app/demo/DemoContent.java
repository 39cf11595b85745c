package org.meridian.app.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.meridian.content.ContentQueries;
import org.meridian.content.ContentService;
import org.meridian.content.ContentType;
import org.meridian.content.ItemSettings;
import org.meridian.content.RevisionInput;
import org.meridian.content.Slug;
import org.meridian.content.blueprint.NewOffice;
import org.meridian.content.blueprint.OfficeProvisioning;
import org.meridian.content.fields.Jsons;
import org.meridian.content.media.MediaDetails;
import org.meridian.content.media.MediaLibrary;
import org.meridian.content.translation.Translations;
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
import org.meridian.tenancy.people.AccountDirectory;
import org.meridian.tenancy.people.PasswordPolicy;
import org.meridian.tenancy.people.Role;

/**
 * Loads a small demo network into an empty database: HQ, a regional office and two country offices,
 * people in each, and content stored and made live through {@link ContentService}, as the editorial
 * process does once it allows a step (the loader is the system setting up a network, not a person
 * under an office's review policy; the policies are chosen after the content is loaded).
 */
@ApplicationScoped
public class DemoContent {

  /** The password of every demo account when {@code MERIDIAN_DEMO_PASSWORD} is not set. */
  public static final String DEFAULT_PASSWORD = "meridian-demo";

  private static final Logger LOG = Logger.getLogger(DemoContent.class.getName());
  private static final LanguageTag EN = new LanguageTag("en");
  private static final LanguageTag FR = new LanguageTag("fr");
  private static final LanguageTag AR = new LanguageTag("ar");
  private static final String AUTHOR = "demo@meridian.example.org";

  @Inject private OfficeDirectory offices;
  @Inject private Clock clock;
  @Inject private AccountDirectory accounts;
  @Inject private TenantContext tenant;
  @Inject private ContentService content;
  @Inject private ContentQueries queries;
  @Inject private OfficeProvisioning provisioning;
  @Inject private MediaLibrary media;
  @Inject private Translations translations;
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

    accounts.create("hq.admin@meridian.example.org", "Alex Morgan", EN, demoPassword);
    accounts.grant("hq.admin@meridian.example.org", offices.load(hq.code()), Role.HQ_ADMIN);
    accounts.create("gambia.admin@meridian.example.org", "Isatou Ceesay", EN, demoPassword);
    accounts.grant(
        "gambia.admin@meridian.example.org", offices.load(gambia.code()), Role.OFFICE_ADMIN);
    accounts.create("gambia.editor@meridian.example.org", "Fatou Jallow", EN, demoPassword);
    accounts.grant("gambia.editor@meridian.example.org", offices.load(gambia.code()), Role.EDITOR);
    // The integration tests read the console in English as these people: the console follows the
    // preferred language, so they prefer English; the two below show the French and Arabic console.
    accounts.create("senegal.editor@meridian.example.org", "Awa Diop", EN, demoPassword);
    accounts.grant(
        "senegal.editor@meridian.example.org", offices.load(senegal.code()), Role.EDITOR);
    accounts.create("wca.publisher@meridian.example.org", "Samuel Mensah", EN, demoPassword);
    accounts.grant(
        "wca.publisher@meridian.example.org", offices.load(gambia.code()), Role.PUBLISHER);
    accounts.grant(
        "wca.publisher@meridian.example.org", offices.load(senegal.code()), Role.PUBLISHER);

    accounts.create("senegal.francophone@meridian.example.org", "Mariama Sow", FR, demoPassword);
    accounts.grant(
        "senegal.francophone@meridian.example.org", offices.load(senegal.code()), Role.EDITOR);
    accounts.create("gambia.arabophone@meridian.example.org", "Youssef Haddad", AR, demoPassword);
    accounts.grant(
        "gambia.arabophone@meridian.example.org", offices.load(gambia.code()), Role.EDITOR);

    // The regional office's administrator runs the region's offices (people, settings, health,
    // audit trail, API tokens): HQ delegates each region unless it turns that off.
    accounts.create("wca.admin@meridian.example.org", "Kwame Asante", EN, demoPassword);
    accounts.grant(
        "wca.admin@meridian.example.org", offices.load(region.code()), Role.OFFICE_ADMIN);

    loadSuspendedOffice(region, demoPassword);
    loadTestPeople(gambia, senegal, demoPassword);

    tenant.runAs(hq, () -> DemoTexts.hq().forEach(this::publish));
    tenant.runAs(region, () -> DemoTexts.region().forEach(this::publish));
    // The monthly figures first: older than the office's own pages and news, they stay off the
    // first page of the console's content list.
    tenant.runAs(gambia, () -> DemoTexts.gambiaFigures().forEach(this::publish));
    tenant.runAs(gambia, () -> DemoTexts.gambia().forEach(this::publish));
    tenant.runAs(senegal, () -> DemoTexts.senegal().forEach(this::publish));
    tenant.runAs(senegal, this::translateSenegal);
    tenant.runAs(gambia, () -> draft(DemoTexts.gambiaDraft()));
    tenant.runAs(gambia, () -> loadTypedContent(gambia));
    tenant.runAs(senegal, () -> loadTypedContent(senegal));
    loadMedia(hq, gambia, senegal);
    taxonomy.load(gambia, senegal);
    tenant.runAs(gambia, () -> feature(EN, "mobile-clinics-river", "year-in-review"));
    tenant.runAs(senegal, () -> feature(FR, "rencontre-diaspora"));
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
        "hq.admin@meridian.example.org");
    workflow.load(hq, senegal);
    syndication.load(hq, region, senegal, demoPassword);
    loadWorldOffices(hq);
  }

  /**
   * Three offices under HQ that publish in Arabic, Spanish and Portuguese: every language of the
   * public site, and a right-to-left one, show out of the box. The blueprint gives each its
   * sections and menus in its language; here they get their news, contact and brand colour.
   */
  private void loadWorldOffices(OfficeRef hq) {
    record World(
        String code,
        LanguageTag language,
        String zone,
        String name,
        String colour,
        OfficeContact contact,
        List<DemoTexts.Item> news) {}
    for (World world :
        List.of(
            new World(
                "jordan",
                DemoWorldTexts.AR,
                "Asia/Amman",
                "ميريديان في الأردن",
                "#00695c",
                new OfficeContact(
                    "info@jordan.meridian.example.org", "+962 6 500 0000", "شارع المدينة، عمّان"),
                DemoWorldTexts.jordan()),
            new World(
                "peru",
                DemoWorldTexts.ES,
                "America/Lima",
                "Meridian en el Perú",
                "#8a1538",
                new OfficeContact(
                    "info@peru.meridian.example.org",
                    "+51 1 500 0000",
                    "Avenida Central 100\nLima"),
                DemoWorldTexts.peru()),
            new World(
                "mozambique",
                DemoWorldTexts.PT,
                "Africa/Maputo",
                "Meridian em Moçambique",
                "#3d5a00",
                new OfficeContact(
                    "info@mozambique.meridian.example.org",
                    "+258 21 500 000",
                    "Avenida Principal 200\nMaputo"),
                DemoWorldTexts.mozambique()))) {
      OfficeRef office =
          provisioning.provision(
              new NewOffice(
                  new OfficeCode(world.code()),
                  OfficeType.COUNTRY,
                  hq.code(),
                  List.of(world.language()),
                  ZoneId.of(world.zone()),
                  Map.of(world.language(), world.name()),
                  List.of()),
              AUTHOR);
      offices.updateProfile(
          office.code(),
          new OfficeProfile(
              Map.of(world.language(), world.name()),
              new AccentColour(world.colour()),
              world.contact(),
              Map.of(
                  org.meridian.tenancy.office.SocialNetwork.FACEBOOK,
                  "https://www.facebook.com/meridian." + world.code(),
                  org.meridian.tenancy.office.SocialNetwork.X,
                  "https://x.com/meridian_" + world.code()),
              ZoneId.of(world.zone())),
          "hq.admin@meridian.example.org");
      OfficeRef updated = offices.find(office.code()).orElseThrow();
      tenant.runAs(updated, () -> world.news().forEach(this::publish));
    }
  }

  /** Features the current office's live items at {@code slugs} on its home page. */
  private void feature(LanguageTag language, String... slugs) {
    for (String slug : slugs) {
      long id = queries.idOf(language, new Slug(slug)).orElseThrow();
      var item = queries.findEditable(id).orElseThrow();
      content.changeSettings(
          id, new ItemSettings(item.owner(), item.reviewBy(), item.parentId(), true), AUTHOR);
    }
  }

  /** Items that use their type's own fields: contact cards, a press release, events, more. */
  private void loadTypedContent(OfficeRef office) {
    String zone = office.timeZone().getId();
    if (office.code().value().equals("senegal")) {
      publishNew(ContentType.CONTACT, FR, "service-de-presse", DemoTypedTexts.senegalContact());
      publishNew(
          ContentType.EVENT,
          FR,
          "rencontre-diaspora",
          DemoTypedTexts.senegalForum(zone, LocalDate.now(clock)));
      return;
    }
    long desk =
        publishNew(
            ContentType.CONTACT,
            EN,
            "communications-desk",
            DemoTypedTexts.gambiaCommunicationsDesk());
    long fieldOfficer =
        publishNew(
            ContentType.CONTACT, EN, "field-spokesperson", DemoTypedTexts.gambiaFieldOfficer());
    long related = queries.idOf(EN, new Slug("youth-skills-centre-opens")).orElseThrow();
    publishNew(
        ContentType.NEWS,
        EN,
        "mobile-clinics-river",
        DemoTypedTexts.gambiaPressRelease(desk, fieldOfficer, related, LocalDate.now(clock)));
    publishNew(
        ContentType.EVENT,
        EN,
        "safe-journeys-workshop",
        DemoTypedTexts.gambiaWorkshop(zone, LocalDate.now(clock)));
    publishNew(
        ContentType.PUBLICATION,
        EN,
        "year-in-review",
        DemoTypedTexts.gambiaYearReview(LocalDate.now(clock)));
    long aboutUs = queries.idOf(EN, new Slug("about-us")).orElseThrow();
    long history =
        content
            .create(
                ContentType.PAGE,
                EN,
                new Slug("our-history"),
                DemoTypedTexts.gambiaHistory(),
                new ItemSettings(
                    "gambia.editor@meridian.example.org",
                    LocalDate.now(clock).plusMonths(6),
                    aboutUs),
                AUTHOR)
            .getId();
    content.publishLatest(history, AUTHOR);
  }

  private long publishNew(
      ContentType type, LanguageTag language, String slug, RevisionInput input) {
    long id = content.create(type, language, new Slug(slug), input, AUTHOR).getId();
    content.publishLatest(id, AUTHOR);
    return id;
  }

  /** Gives a live item of the current office a hero picture, in a new published revision. */
  private void showAsHero(org.meridian.content.media.MediaItem picture, String slug) {
    long id = queries.idOf(EN, new Slug(slug)).orElseThrow();
    RevisionInput latest = queries.findEditable(id).orElseThrow().latest();
    content.saveRevision(
        id,
        new RevisionInput(
            latest.title(),
            latest.summary(),
            latest.body(),
            new org.meridian.content.CommonFields(
                picture.id(),
                picture.details().altText(),
                false,
                latest.common().seoDescription(),
                latest.common().socialImageId()),
            latest.fields()),
        AUTHOR);
    content.publishLatest(id, AUTHOR);
  }

  /** Gives the publication at {@code slug} a cover and a document to download, and publishes it. */
  private void attachToPublication(
      org.meridian.content.media.MediaItem cover,
      org.meridian.content.media.MediaItem document,
      String slug) {
    long id = queries.idOf(EN, new Slug(slug)).orElseThrow();
    RevisionInput latest = queries.findEditable(id).orElseThrow().latest();
    content.saveRevision(
        id,
        new RevisionInput(
            latest.title(),
            latest.summary(),
            latest.body(),
            latest.common(),
            Jsons.createObjectBuilder(latest.fields())
                .add("cover", String.valueOf(cover.id()))
                .add("documents", String.valueOf(document.id()))
                .build()),
        AUTHOR);
    content.publishLatest(id, AUTHOR);
  }

  /** A few pictures, drawn here, so that the libraries are not empty: HQ's is shared. */
  private void loadMedia(OfficeRef hq, OfficeRef gambia, OfficeRef senegal) {
    java.awt.Color blue = new java.awt.Color(0x2b6cb0);
    tenant.runAs(
        hq,
        () ->
            media.upload(
                "network-landscape.jpg",
                DemoImages.landscape(1600, 900, blue, new java.awt.Color(0x4a7c59), 1, "jpg"),
                new MediaDetails(
                    "The network, drawn",
                    "Green hills under a blue sky with a river in front",
                    false,
                    "An illustration shared by HQ with every office.",
                    "Meridian HQ"),
                AUTHOR));
    tenant.runAs(
        gambia,
        () -> {
          var river =
              media.upload(
                  "river-at-dawn.jpg",
                  DemoImages.landscape(
                      1200,
                      800,
                      new java.awt.Color(0xd97706),
                      new java.awt.Color(0x65a30d),
                      2,
                      "jpg"),
                  new MediaDetails(
                      "River at dawn",
                      "An orange sky over green hills and a winding river",
                      false,
                      "",
                      "Meridian in The Gambia"),
                  AUTHOR);
          media.upload(
              "savanna.png",
              DemoImages.landscape(
                  800, 500, new java.awt.Color(0x0e7490), new java.awt.Color(0xa16207), 3, "png"),
              new MediaDetails("Savanna", "", true, "", ""),
              AUTHOR);
          showAsHero(river, "mobile-clinics-river");
          var cover =
              media.upload(
                  "year-in-review-cover.jpg",
                  DemoImages.landscape(
                      600,
                      800,
                      new java.awt.Color(0x0b4f8a),
                      new java.awt.Color(0x65a30d),
                      5,
                      "jpg"),
                  new MediaDetails(
                      "Year in review cover",
                      "Cover of the year in review: green hills under a blue sky",
                      false,
                      "",
                      "Meridian in The Gambia"),
                  AUTHOR);
          var report =
              media.upload(
                  "year-in-review.pdf",
                  DemoDocuments.pdf("The year in review: community programmes"),
                  new MediaDetails("The year in review (full report)", "", false, "", ""),
                  AUTHOR);
          attachToPublication(cover, report, "year-in-review");
        });
    tenant.runAs(
        senegal,
        () ->
            media.upload(
                "cote.jpg",
                DemoImages.landscape(
                    1024,
                    640,
                    new java.awt.Color(0x1d4ed8),
                    new java.awt.Color(0xca8a04),
                    4,
                    "jpg"),
                new MediaDetails(
                    "La côte", "Des collines dorées au bord de l'eau bleue", false, "", ""),
                AUTHOR));
  }

  /** Mali is suspended from the start: its editor can sign in but cannot work in it. */
  private void loadSuspendedOffice(OfficeRef region, String demoPassword) {
    Office regionOffice = offices.load(region.code());
    Office mali =
        new Office(
            new OfficeCode("mali"),
            OfficeType.COUNTRY,
            regionOffice,
            List.of(FR),
            ZoneId.of("Africa/Bamako"),
            Map.of(FR, "Meridian au Mali"));
    mali.suspend();
    OfficeRef ref = offices.create(mali, AUTHOR);
    accounts.create("mali.editor@meridian.example.org", "Aminata Traoré", EN, demoPassword);
    accounts.grant("mali.editor@meridian.example.org", offices.load(ref.code()), Role.EDITOR);
  }

  /**
   * Demo people that the integration tests lock out, reset or change the password of; nobody else
   * signs in as them, so those tests change nothing that other tests rely on.
   */
  private void loadTestPeople(OfficeRef gambia, OfficeRef senegal, String demoPassword) {
    for (String who : List.of("lockout", "reset", "password", "journey", "session")) {
      String email = who + ".demo@meridian.example.org";
      accounts.create(email, "Demo person (" + who + " tests)", EN, demoPassword);
      accounts.grant(
          email, offices.load((who.equals("reset") ? senegal : gambia).code()), Role.EDITOR);
    }
  }

  /**
   * Senegal writes in French first. Its English "About us" is the translation of "À propos" (linked
   * by the blueprint) and up to date; the youth forum news is translated into English, and then a
   * draft of the French text adds a paragraph, so that the English version is outdated until
   * someone checks it.
   */
  private void translateSenegal() {
    long about = queries.idOf(EN, new Slug("about-us")).orElseThrow();
    translations.confirmUpToDate(about, AUTHOR);

    long forum = queries.idOf(FR, new Slug("forum-jeunesse-thies")).orElseThrow();
    long english = translations.translate(forum, EN, AUTHOR);
    DemoTexts.Item translated = DemoTexts.senegalForumInEnglish();
    content.changeSlug(english, new Slug(translated.slug()), AUTHOR);
    translations.saveUpToDate(
        english,
        new RevisionInput(translated.title(), translated.summary(), translated.body()),
        AUTHOR);
    content.publishLatest(english, AUTHOR);

    // A saved draft of the source is enough to make its translations outdated.
    DemoTexts.Item changed = DemoTexts.senegalForumUpdated();
    content.saveRevision(
        forum, new RevisionInput(changed.title(), changed.summary(), changed.body()), AUTHOR);
  }

  /** Fills the blueprint's page at the item's slug, or creates the item, then publishes it. */
  private void publish(DemoTexts.Item item) {
    Slug slug = new Slug(item.slug());
    long id =
        queries
            .idOf(item.language(), slug)
            .map(
                existing -> {
                  content.saveRevision(
                      existing,
                      new RevisionInput(item.title(), item.summary(), item.body()),
                      AUTHOR);
                  return existing;
                })
            .orElseGet(() -> draft(item));
    content.publishLatest(id, AUTHOR);
  }

  private long draft(DemoTexts.Item item) {
    return content
        .create(
            item.type(),
            item.language(),
            new Slug(item.slug()),
            new RevisionInput(item.title(), item.summary(), item.body()),
            AUTHOR)
        .getId();
  }
}
