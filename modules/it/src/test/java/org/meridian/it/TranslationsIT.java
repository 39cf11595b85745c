package org.meridian.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.meridian.content.ContentNotFoundException;
import org.meridian.content.EditorQueries;
import org.meridian.content.ContentService;
import org.meridian.content.LiveRevisions;
import org.meridian.content.ItemAddresses;
import org.meridian.content.ContentSummary;
import org.meridian.content.ContentType;
import org.meridian.content.RevisionInput;
import org.meridian.content.Slug;
import org.meridian.content.SlugTakenException;
import org.meridian.content.TranslationFilter;
import org.meridian.content.translation.TranslationRefusedException;
import org.meridian.content.translation.TranslationSet;
import org.meridian.content.translation.TranslationState;
import org.meridian.content.translation.Translations;
import org.meridian.content.translation.TranslationQueries;
import org.meridian.tenancy.TenantContext;
import org.meridian.tenancy.office.LanguageTag;
import org.meridian.tenancy.office.Office;
import org.meridian.tenancy.office.OfficeCode;
import org.meridian.tenancy.office.OfficeDirectory;
import org.meridian.tenancy.office.OfficeRef;
import org.meridian.tenancy.office.OfficeType;
import org.meridian.tenancy.people.AccountDirectory;
import org.meridian.tenancy.people.Role;
import org.meridian.tenancy.token.ApiScope;
import org.meridian.tenancy.token.ApiTokens;

/**
 * Inside the deployed WAR: translation sets through the services, and what the public site and the
 * API make of them over HTTP — outdated marking, the language switcher, old slugs that redirect.
 * Each test works in an office of its own (French first, then English), so the demo stays as it is.
 */
@ExtendWith(ArquillianExtension.class)
class TranslationsIT {

  private static final LanguageTag FR = new LanguageTag("fr");
  private static final LanguageTag EN = new LanguageTag("en");
  private static final AtomicLong UNIQUE = new AtomicLong(System.nanoTime());

  @Deployment(testable = true)
  static WebArchive deployment() {
    return InContainer.deployment();
  }

  @Inject private OfficeDirectory offices;
  @Inject private AccountDirectory accounts;
  @Inject private TenantContext tenant;
  @Inject private ContentService content;
  @Inject private LiveRevisions live;
  @Inject private ItemAddresses addresses;
  @Inject private EditorQueries queries;
  @Inject private Translations translations;
  @Inject private TranslationQueries translationQueries;
  @Inject private ApiTokens tokens;

  @ArquillianResource private URL base;

  private final HttpClient http = HttpClient.newHttpClient();

  private static String unique() {
    return Long.toString(UNIQUE.incrementAndGet(), 36);
  }

  /** A French and English country office; its administrator's e-mail is admin-{code}@…. */
  private OfficeRef newOffice() {
    String id = unique();
    OfficeCode code = new OfficeCode("tr-" + id);
    Office region = offices.load(new OfficeCode("west-central-africa"));
    OfficeRef office =
        offices.create(
            new Office(
                code,
                OfficeType.COUNTRY,
                region,
                List.of(FR, EN),
                ZoneId.of("Africa/Dakar"),
                Map.of(FR, "Bureau " + id, EN, "Office " + id)),
            "it");
    String admin = admin(office);
    accounts.create(admin, "Admin " + id, EN, "in-container-password");
    accounts.grant(admin, offices.load(code), Role.OFFICE_ADMIN);
    return office;
  }

  private static String admin(OfficeRef office) {
    return "admin-" + office.code() + "@test.example.org";
  }

  private long frenchNews(OfficeRef office, String title, String body) {
    return tenant.callAs(
        office,
        () ->
            content
                .create(
                    ContentType.NEWS,
                    FR,
                    new Slug("actu-" + unique()),
                    new RevisionInput(title, "Résumé", body),
                    "it")
                .getId());
  }

  private HttpResponse<String> get(String path, Map<String, String> headers) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(base.toURI().resolve(path));
    headers.forEach(request::header);
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> get(String path) throws Exception {
    return get(path, Map.of());
  }

  @Test
  void translatingMakesALinkedDraftFilledFromTheSourceWithASlugFromItsTitle() {
    OfficeRef office = newOffice();
    long source = frenchNews(office, "Отчёт о миграции", "<p>Текст</p>");

    tenant.runAs(
        office,
        () -> {
          long english = translations.translate(source, EN, "translator@test.example.org");
          ContentSummary draft = queries.findForEditors(english).orElseThrow();
          assertEquals("en", draft.language());
          assertEquals("Отчёт о миграции", draft.title(), "filled from the source");
          assertEquals("otcet-o-migracii", draft.slug(), "transliterated from the title");
          assertFalse(draft.live());

          TranslationSet set = translationQueries.setOf(english);
          assertEquals(source, set.sourceItemId(), "a translation's set is its source's");
          assertEquals(TranslationState.SOURCE, set.source().state());
          assertEquals(TranslationState.UP_TO_DATE, set.in(EN).orElseThrow().state());
          assertEquals(1, set.in(EN).orElseThrow().sourceRevision());

          // One translation per language; never into the source's own language or one the
          // office does not publish in; translating the translation translates its source.
          assertThrows(
              TranslationRefusedException.class, () -> translations.translate(source, EN, "it"));
          assertThrows(
              TranslationRefusedException.class, () -> translations.translate(english, FR, "it"));
          assertThrows(
              TranslationRefusedException.class,
              () -> translations.translate(source, new LanguageTag("ar"), "it"));
          assertEquals(2, translationQueries.setOf(source).languages().size(), "nothing was added");
        });

    // A second source with the same title: its translation gets the next free slug.
    long twin = frenchNews(office, "Отчёт о миграции", "<p>Другой</p>");
    long twinEnglish = tenant.callAs(office, () -> translations.translate(twin, EN, "it"));
    assertEquals(
        "otcet-o-migracii-2",
        tenant.callAs(office, () -> queries.findForEditors(twinEnglish).orElseThrow().slug()));
  }

  @Test
  void aChangedSourceMarksItsTranslationsOutdatedUntilSomeoneConfirmsThem() throws Exception {
    OfficeRef office = newOffice();
    long source = frenchNews(office, "Forum " + unique(), "<p>Deux jours.</p>");
    long english = tenant.callAs(office, () -> translations.translate(source, EN, "it"));
    String token =
        tenant.callAs(
            office, () -> tokens.issue("Translations", ApiScope.READ, admin(office)).secret());
    Map<String, String> bearer = Map.of("Authorization", "Bearer " + token);
    String items = "api/v1/offices/" + office.code() + "/items";

    tenant.runAs(
        office,
        () -> {
          // The same text saved again is no change.
          content.saveRevision(
              source,
              new RevisionInput(
                  queries.findForEditors(source).get().title(), "Résumé", "<p>Deux jours.</p>"),
              "it");
          assertEquals(
              TranslationState.UP_TO_DATE, translationQueries.setOf(source).in(EN).get().state());
          assertTrue(translationQueries.outdated(100).isEmpty());

          content.saveRevision(
              source,
              new RevisionInput(
                  queries.findForEditors(source).get().title(), "Résumé", "<p>Trois jours.</p>"),
              "editor@test.example.org");
          assertEquals(TranslationState.OUTDATED, translationQueries.setOf(source).in(EN).get().state());
          assertEquals(
              List.of(english), translationQueries.outdated(100).stream().map(o -> o.itemId()).toList());
          assertEquals(
              List.of(english),
              queries.listForEditors(TranslationFilter.OUTDATED, 100).stream()
                  .map(ContentSummary::itemId)
                  .toList());
          assertTrue(queries.listForEditors(TranslationFilter.CURRENT, 100).isEmpty());
        });

    HttpResponse<String> outdated = get(items + "?translation=outdated", bearer);
    assertEquals(200, outdated.statusCode(), outdated.body());
    assertTrue(outdated.body().contains("\"id\":" + english), outdated.body());
    assertTrue(outdated.body().contains("\"translation\":\"outdated\""), outdated.body());
    assertFalse(outdated.body().contains("\"id\":" + source + ","), outdated.body());
    assertFalse(get(items + "?translation=current", bearer).body().contains("\"id\":" + english));
    assertTrue(get(items, bearer).body().contains("\"translation\":\"source\""));
    HttpResponse<String> bad = get(items + "?translation=stale", bearer);
    assertEquals(400, bad.statusCode());
    assertTrue(bad.body().contains("'translation' must be"), bad.body());

    tenant.runAs(
        office,
        () -> {
          translations.confirmUpToDate(english, "reviewer@test.example.org");
          var version = translationQueries.setOf(source).in(EN).orElseThrow();
          assertEquals(TranslationState.UP_TO_DATE, version.state());
          assertEquals(3, version.sourceRevision(), "checked against the source's revision 3");
          assertEquals("reviewer@test.example.org", version.checkedBy());
          assertTrue(translationQueries.outdated(100).isEmpty());
          // Confirming what is not a translation is refused.
          assertThrows(
              TranslationRefusedException.class, () -> translations.confirmUpToDate(source, "it"));
        });
    assertTrue(get(items + "?translation=current", bearer).body().contains("\"id\":" + english));

    // Updating the translation itself (a new revision marked up to date) also clears it.
    tenant.runAs(
        office,
        () -> {
          content.saveRevision(
              source, new RevisionInput("Forum élargi", "Résumé", "<p>Trois jours.</p>"), "it");
          assertEquals(TranslationState.OUTDATED, translationQueries.setOf(source).in(EN).get().state());
          translations.saveUpToDate(
              english, new RevisionInput("Wider forum", "Summary", "<p>Three days.</p>"), "it");
          assertEquals(
              TranslationState.UP_TO_DATE, translationQueries.setOf(source).in(EN).get().state());
        });
  }

  @Test
  void theLanguageSwitcherLeadsToTheSameItemInTheOtherLanguage() throws Exception {
    OfficeRef office = newOffice();
    long source = frenchNews(office, "Nouvelle clinique " + unique(), "<p>Ouverte.</p>");
    String frenchSlug = tenant.callAs(office, () -> queries.findForEditors(source).get().slug());
    tenant.runAs(office, () -> live.publishLatest(source, "it"));
    String page = office.code() + "/fr/" + frenchSlug;

    // No translation yet: the English link goes to the English home.
    String alone = get(page).body();
    assertTrue(alone.contains("<a lang=\"en\" href=\"/" + office.code() + "/en/\">"), alone);
    assertFalse(alone.contains("hreflang=\"en\" href=\"http"), alone);

    long english = tenant.callAs(office, () -> translations.translate(source, EN, "it"));
    tenant.runAs(
        office,
        () -> {
          addresses.changeSlug(english, new Slug("new-clinic-" + office.code()), "it");
          translations.saveUpToDate(
              english, new RevisionInput("New clinic", "Open", "<p>Open.</p>"), "it");
        });
    // A draft translation is not public: still the English home.
    assertTrue(get(page).body().contains("<a lang=\"en\" href=\"/" + office.code() + "/en/\">"));

    tenant.runAs(office, () -> live.publishLatest(english, "it"));
    String englishPath = "/" + office.code() + "/en/new-clinic-" + office.code();
    String linked = get(page).body();
    assertTrue(linked.contains("<a lang=\"en\" href=\"" + englishPath + "\">"), linked);
    assertTrue(linked.contains("hreflang=\"en\" href=\"http"), linked);
    assertTrue(linked.contains(englishPath + "\">"), linked);
    String back = get(englishPath.substring(1)).body();
    assertTrue(
        back.contains("<a lang=\"fr\" href=\"/" + office.code() + "/fr/" + frenchSlug + "\">"),
        back);

    String sitemap = get(office.code() + "/sitemap.xml").body();
    assertTrue(
        sitemap.contains("<xhtml:link rel=\"alternate\" hreflang=\"en\" href=\"")
            && sitemap.contains(englishPath + "\"/>"),
        sitemap);
  }

  @Test
  void anOldSlugAnswersAPermanentRedirectToTheCurrentAddress() throws Exception {
    OfficeRef office = newOffice();
    String id = unique();
    long item =
        tenant.callAs(
            office,
            () ->
                content
                    .create(
                        ContentType.PAGE,
                        FR,
                        new Slug("a-" + id),
                        new RevisionInput("Page", "", "<p>Texte</p>"),
                        "it")
                    .getId());
    tenant.runAs(office, () -> live.publishLatest(item, "it"));
    String root = office.code() + "/fr/";
    assertEquals(200, get(root + "a-" + id).statusCode(), "cached before the change");

    tenant.runAs(office, () -> addresses.changeSlug(item, new Slug("b-" + id), "it"));
    tenant.runAs(office, () -> addresses.changeSlug(item, new Slug("c-" + id), "it"));

    for (String old : List.of("a-", "b-")) {
      HttpResponse<String> moved = get(root + old + id);
      assertEquals(301, moved.statusCode(), old + id);
      // A -> B -> C: both go straight to C.
      assertEquals(
          "/" + root + "c-" + id, moved.headers().firstValue("Location").orElseThrow(), old);
    }
    assertEquals(200, get(root + "c-" + id).statusCode());

    tenant.runAs(
        office,
        () -> {
          // Reserved and taken addresses are refused, nothing changes.
          assertThrows(
              IllegalArgumentException.class,
              () -> addresses.changeSlug(item, new Slug("news"), "it"));
          long other =
              content
                  .create(
                      ContentType.PAGE,
                      FR,
                      new Slug("d-" + id),
                      new RevisionInput("Autre", "", ""),
                      "it")
                  .getId();
          assertThrows(
              SlugTakenException.class, () -> addresses.changeSlug(item, new Slug("d-" + id), "it"));
          // An old address that a new item takes stops redirecting.
          addresses.changeSlug(other, new Slug("a-" + id), "it");
          live.publishLatest(other, "it");
        });
    HttpResponse<String> taken = get(root + "a-" + id);
    assertEquals(200, taken.statusCode());
    assertTrue(taken.body().contains("<h1>Autre</h1>"), taken.body());
    assertEquals(301, get(root + "b-" + id).statusCode(), "the other old address still moves");

    // Going back to an old address is allowed; the address it leaves redirects.
    tenant.runAs(office, () -> addresses.changeSlug(item, new Slug("b-" + id), "it"));
    assertEquals(200, get(root + "b-" + id).statusCode());
    assertEquals(
        "/" + root + "b-" + id,
        get(root + "c-" + id).headers().firstValue("Location").orElseThrow());
  }

  @Test
  void anotherOfficeCannotTranslateConfirmOrSeeAnOfficesItems() {
    OfficeRef office = newOffice();
    OfficeRef stranger = newOffice();
    long source = frenchNews(office, "Interne " + unique(), "<p>Texte</p>");
    long english = tenant.callAs(office, () -> translations.translate(source, EN, "it"));
    tenant.runAs(
        office,
        () ->
            content.saveRevision(
                source, new RevisionInput("Interne modifié", "", "<p>Autre</p>"), "it"));

    tenant.runAs(
        stranger,
        () -> {
          assertThrows(
              ContentNotFoundException.class, () -> translations.translate(source, EN, "x"));
          assertThrows(ContentNotFoundException.class, () -> translationQueries.setOf(english));
          assertThrows(
              ContentNotFoundException.class, () -> translations.confirmUpToDate(english, "x"));
          assertThrows(ContentNotFoundException.class, () -> translationQueries.sideBySide(english));
          assertThrows(
              ContentNotFoundException.class,
              () -> addresses.changeSlug(source, new Slug("hijack-" + unique()), "x"));
          long own = frenchNews(stranger, "À moi", "");
          assertThrows(ContentNotFoundException.class, () -> translations.link(source, own, "x"));
          assertThrows(ContentNotFoundException.class, () -> translations.link(own, english, "x"));
          assertTrue(translationQueries.outdated(1000).isEmpty());
          assertTrue(translationQueries.statesOf(List.of(source, english)).isEmpty());
          assertTrue(translationQueries.liveVersionsOf(source).isEmpty());
        });
    tenant.runAs(
        office,
        () ->
            assertEquals(
                TranslationState.OUTDATED, translationQueries.setOf(source).in(EN).get().state()));
  }

  @Test
  void theBlueprintPagesOfAnOfficeAreLinkedAsTranslations() {
    OfficeRef senegal = offices.find(new OfficeCode("senegal")).orElseThrow();
    tenant.runAs(
        senegal,
        () -> {
          long about = queries.idOf(EN, new Slug("about-us")).orElseThrow();
          TranslationSet set = translationQueries.setOf(about);
          assertEquals(FR, set.source().language());
          assertEquals("a-propos", set.source().slug());
          assertEquals(TranslationState.UP_TO_DATE, set.in(EN).get().state());
        });
  }
}
