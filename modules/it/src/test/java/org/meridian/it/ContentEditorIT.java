package org.meridian.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The console's content editor over HTTP: every type created through its form and shown on the
 * public site, refusals shown on their fields with nothing written, nested page addresses, and no
 * way into another office's items.
 */
@ExtendWith(MeridianServer.class)
class ContentEditorIT {

  private static final String EDITOR = "gambia.editor@meridian.example.org";
  private Browser browser;

  @BeforeEach
  void newBrowser() {
    browser = new Browser(MeridianServer.server());
  }

  private boolean signedIn;

  /** Opens a console page as the Gambia editor, signing in the first time. */
  private Document open(String path) {
    if (!signedIn) {
      signedIn = true;
      return FacesForms.signedInAt(browser, EDITOR, path);
    }
    HttpResponse<String> page = browser.get(path);
    assertThat(page.statusCode()).as(path).isEqualTo(200);
    return FacesForms.parse(page);
  }

  /** Fills the editor's form and presses {@code button}; returns the page that follows. */
  private Document submit(Document page, Map<String, String> values, String button) {
    return FacesForms.parse(
        FacesForms.submit(browser, page, button.substring(0, button.indexOf(':')), button, values));
  }

  private Document save(Document page, Map<String, String> values) {
    return submit(page, values, "edit:save");
  }

  /** Creates an item of {@code type} from the form, publishes it and returns its editor page. */
  private Document createAndPublish(String type, Map<String, String> values) {
    Document created = save(open("/admin/content/edit.xhtml?type=" + type + "&lang=en"), values);
    assertThat(created.select(".notice").text()).as(created.text()).contains("created as a draft");
    Document published = submit(created, Map.of(), "publishing:publish");
    assertThat(published.select(".notice").text()).contains("is live");
    assertThat(published.getElementById("state").text()).isEqualTo("Live");
    return published;
  }

  private static Document site(String path) {
    HttpResponse<String> response = new Browser(MeridianServer.server()).get(path);
    assertThat(response.statusCode()).as(path).isEqualTo(200);
    return FacesForms.parse(response);
  }

  private static String itemId(Document editor) {
    String href = editor.getElementById("tab-edit").attr("href");
    return href.substring(href.indexOf("item=") + 5);
  }

  /** The value of the option of {@code select} whose text contains {@code label}. */
  private static String option(Document page, String select, String label) {
    Element chosen =
        page.getElementById(select).select("option").stream()
            .filter(o -> o.text().contains(label))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no option '" + label + "' in " + select));
    return chosen.attr("value");
  }

  @Test
  void anEventIsCreatedPublishedAndShownInItsTimeZone() {
    Document editor =
        createAndPublish(
            "EVENT",
            Map.of(
                "edit:title", "Harvest fair",
                "edit:slug", "harvest-fair-2031",
                "edit:summary", "Farmers' cooperatives show their produce.",
                "edit:body_input", "<p>Stalls open at ten.</p><script>alert(1)</script>",
                "edit:field-start", "2031-03-14T10:00",
                "edit:field-start-zone", "Africa/Lagos",
                "edit:field-end", "2031-03-14T16:30",
                "edit:field-end-zone", "Africa/Lagos",
                "edit:field-venue", "Market square, Farafenni",
                "edit:field-registrationUrl", "https://forms.example.org/harvest"));
    assertThat(editor.select("#tab-history").attr("href"))
        .contains("/admin/content/history.xhtml?item=");
    assertThat(editor.getElementById("edit:field-start").attr("value"))
        .isEqualTo("2031-03-14T10:00");

    Document page = site("/gambia/en/harvest-fair-2031");
    assertThat(page.select("time").eachAttr("datetime"))
        .contains("2031-03-14T10:00:00+01:00", "2031-03-14T16:30:00+01:00");
    assertThat(page.text()).contains("Africa/Lagos").contains("Market square, Farafenni");
    assertThat(page.select("a[href=https://forms.example.org/harvest]")).hasSize(1);
    assertThat(page.html()).doesNotContain("alert(1)");
    assertThat(page.select("script[type=application/ld+json]").html())
        .contains("\"@type\":\"Event\"");

    HttpResponse<String> api =
        new Browser(MeridianServer.server())
            .get("/api/v1/offices/gambia/content?type=EVENT&lang=en");
    assertThat(api.statusCode()).isEqualTo(200);
    JsonObject event =
        JsonBodies.parse(api.body()).asJsonObject().getJsonArray("items").stream()
            .map(v -> v.asJsonObject())
            .filter(o -> o.getString("slug").equals("harvest-fair-2031"))
            .findFirst()
            .orElseThrow();
    assertThat(event.getJsonObject("fields").getJsonObject("start").getString("zone"))
        .isEqualTo("Africa/Lagos");
  }

  @Test
  void aNewsItemNamesAContactCardAndAPublicationShowsItsFields() {
    Document card =
        createAndPublish(
            "CONTACT",
            Map.of(
                "edit:title", "Partnerships team",
                "edit:slug", "partnerships-team",
                "edit:field-name", "Partnerships team",
                "edit:field-role", "Partnerships",
                "edit:field-email", "partners.gambia@meridian.example.org"));
    String cardId = itemId(card);
    assertThat(site("/gambia/en/partnerships-team").select("a[href^=mailto:]").text())
        .contains("partners.gambia@meridian.example.org");

    Document newsForm = open("/admin/content/edit.xhtml?type=NEWS&lang=en");
    assertThat(option(newsForm, "edit:field-mediaContacts-0-contact", "Partnerships team"))
        .isEqualTo(cardId);
    Map<String, String> news = new HashMap<>();
    news.put("edit:title", "Cooperatives sign a water agreement");
    news.put("edit:slug", "water-agreement-signed");
    news.put("edit:field-kind", "press-release");
    news.put("edit:field-datelinePlace", "Basse");
    news.put("edit:field-datelineDate", "2031-02-01");
    news.put("edit:field-quotes-0-text", "Water is the first thing we talked about.");
    news.put("edit:field-quotes-0-attribution", "A cooperative chair");
    news.put("edit:field-mediaContacts-0-contact", cardId);
    news.put("edit:field-mediaContacts-0-expires", "2099-12-31");
    Document created = save(newsForm, news);
    assertThat(created.select(".notice").text()).as(created.text()).contains("created as a draft");
    submit(created, Map.of(), "publishing:publish");

    Document page = site("/gambia/en/water-agreement-signed");
    assertThat(page.select(".kind").text()).isEqualTo("Press release");
    assertThat(page.select(".dateline").text()).contains("Basse");
    assertThat(page.select(".dateline time").attr("datetime")).isEqualTo("2031-02-01");
    assertThat(page.select("blockquote").text()).contains("Water is the first thing");
    assertThat(page.select(".media-contacts").text()).contains("Partnerships team");

    // Files of the office's own library (the demo's pictures), by the ids its media grid shows.
    java.util.List<String> files =
        open("/admin/media.xhtml").select("#media-grid li:not(.shared)").eachAttr("data-media-id");
    assertThat(files).hasSizeGreaterThanOrEqualTo(2);
    createAndPublish(
        "PUBLICATION",
        Map.of(
            "edit:title", "Water access survey",
            "edit:slug", "water-access-survey",
            "edit:field-year", "2030",
            "edit:field-publicationLanguage", "fr",
            "edit:field-series", "Surveys",
            "edit:field-documents", files.get(0) + ", " + files.get(1)));
    Document publication = site("/gambia/en/water-access-survey");
    assertThat(publication.select("dl.publication").text()).contains("2030").contains("French");
    assertThat(publication.select("script[type=application/ld+json]").html())
        .contains("CreativeWork");
  }

  /**
   * Issue 17.5 without JavaScript: a contact card with two telephone numbers; a press release whose
   * quotation row "add" saves and comes back with the text kept and a new empty row; a media
   * contact without a date (shown for a year after publication); a related item chosen from the
   * list of the office's items by its title, not typed as a number.
   */
  @Test
  void aPressReleaseWithoutScriptsAddsRowsBySavingAndChoosesRelatedItemsByTitle() {
    String tag = Long.toString(System.nanoTime(), 36);
    Document card =
        createAndPublish(
            "CONTACT",
            Map.of(
                "edit:title", "Press office " + tag,
                "edit:slug", "press-office-" + tag,
                "edit:field-name", "Press office " + tag,
                "edit:field-phone", "+220 440 1020\n+220 990 3040"));
    String cardId = itemId(card);
    assertThat(site("/gambia/en/press-office-" + tag).select("a[href^=tel:]").eachAttr("href"))
        .containsExactly("tel:+2204401020", "tel:+2209903040");
    String fares =
        itemId(
            createAndPublish(
                "PAGE",
                Map.of("edit:title", "Ferry fares " + tag, "edit:slug", "ferry-fares-" + tag)));

    Document form = open("/admin/content/edit.xhtml?type=NEWS&lang=en");
    assertThat(form.select("[id=edit:field-quotes] .row:not(.spare)")).hasSize(1);
    assertThat(form.select("[id=edit:field-quotes] .row.spare")).as("spares for the script").hasSize(4);
    Map<String, String> news = new HashMap<>();
    news.put("edit:title", "Fares frozen " + tag);
    news.put("edit:slug", "fares-frozen-" + tag);
    news.put("edit:field-kind", "press-release");
    news.put("edit:field-quotes-0-text", "Nobody pays more this year.");
    news.put("edit:field-quotes-0-attribution", "The harbour master");
    news.put("edit:field-mediaContacts-0-contact", cardId);
    Document added = submit(form, news, "edit:field-quotes-add");
    assertThat(added.select(".notice").text()).as(added.text()).contains("created as a draft");
    assertThat(added.getElementById("edit:field-quotes-0-text").text())
        .isEqualTo("Nobody pays more this year.");
    assertThat(added.select("[id=edit:field-quotes] .row:not(.spare)"))
        .as("the quotation and a new empty row")
        .hasSize(2);
    assertThat(added.getElementById("edit:field-mediaContacts-0-expires").val())
        .as("no date of its own")
        .isEmpty();

    assertThat(option(added, "edit:field-related-added", "Ferry fares " + tag)).isEqualTo(fares);
    Document chosen =
        submit(added, Map.of("edit:field-related-added", fares), "edit:field-related-add");
    assertThat(chosen.select(".chosen-items li").text()).contains("Ferry fares " + tag);
    assertThat(chosen.getElementById("edit:field-related").val()).isEqualTo(fares);
    submit(chosen, Map.of(), "publishing:publish");

    Document page = site("/gambia/en/fares-frozen-" + tag);
    assertThat(page.select("blockquote").text()).contains("Nobody pays more this year.");
    assertThat(page.select(".media-contacts").text())
        .as("a contact without a date is shown after publication")
        .contains("Press office " + tag)
        .contains("+220 440 1020")
        .contains("+220 990 3040");
    assertThat(page.select(".related a").eachAttr("href")).contains("/gambia/en/ferry-fares-" + tag);
  }

  @Test
  void changingALiveItemsAddressInTheEditorKeepsTheOldOneAsAPermanentRedirect() {
    String old = "moving-page-" + Long.toString(System.nanoTime(), 36);
    Document editor =
        createAndPublish("PAGE", Map.of("edit:title", "A page that moves", "edit:slug", old));
    assertThat(site("/gambia/en/" + old).select("h1").text()).isEqualTo("A page that moves");

    Document taken = save(editor, Map.of("edit:slug", "about-us"));
    assertThat(taken.select(".field-error").text()).contains("about-us");
    assertThat(new Browser(MeridianServer.server()).get("/gambia/en/" + old).statusCode())
        .as("a refused address changes nothing")
        .isEqualTo(200);

    Document moved = save(open(editorAddress(editor)), Map.of("edit:slug", old + "-moved"));
    assertThat(moved.select(".notice").text()).as(moved.text()).contains("Saved");
    HttpResponse<String> redirect = new Browser(MeridianServer.server()).get("/gambia/en/" + old);
    assertThat(redirect.statusCode()).isEqualTo(301);
    assertThat(redirect.headers().firstValue("Location").orElseThrow())
        .endsWith("/gambia/en/" + old + "-moved");
  }

  /** The editor's own address (with ?item=) as the page links to it. */
  private static String editorAddress(Document editor) {
    return editor.select("a[href*=edit.xhtml?item=]").stream()
        .map(a -> a.attr("href"))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no link to the editor in\n" + editor.text()));
  }

  @Test
  void refusedFieldsAreShownOnTheirFieldsTheTextIsKeptAndNothingIsWritten() {
    Document form = open("/admin/content/edit.xhtml?type=NEWS&lang=en");
    Map<String, String> bad = new HashMap<>();
    bad.put("edit:title", "A story that must not be saved");
    bad.put("edit:summary", "Typed text stays in the form.");
    bad.put("edit:field-datelineDate", "2031-02-30");
    bad.put("edit:field-quotes-0-text", "Nobody said this.");
    bad.put("edit:field-related", "4, x");
    // A picture of the library chosen as hero, without the description it needs.
    String picture =
        form.select("select[name=edit:heroImage] option").stream()
            .map(o -> o.attr("value"))
            .filter(v -> !v.isEmpty())
            .findFirst()
            .orElseThrow(() -> new AssertionError("the library offers no picture"));
    bad.put("edit:heroImage", picture);
    bad.put("edit:seoDescription", "d".repeat(301));

    Document refused = save(form, bad);

    assertThat(refused.select(".error").text()).contains("Nothing was saved");
    assertThat(refused.select(".field-error").text())
        .contains("not a date")
        .contains("say who said it")
        .contains("not an id")
        .contains("Describe the hero image")
        .contains("at most 300");
    assertThat(refused.getElementById("edit:title").attr("value"))
        .isEqualTo("A story that must not be saved");
    assertThat(refused.getElementById("edit:summary").text())
        .isEqualTo("Typed text stays in the form.");
    assertThat(refused.getElementById("edit:field-datelineDate").attr("value"))
        .isEqualTo("2031-02-30");

    Document event = open("/admin/content/edit.xhtml?type=EVENT&lang=en");
    Document backwards =
        save(
            event,
            Map.of(
                "edit:title", "An event that ends before it starts",
                "edit:field-start", "2031-05-02T10:00",
                "edit:field-end", "2031-05-01T10:00",
                "edit:field-venue", "Hall"));
    assertThat(backwards.select(".field-error").text()).contains("ends before it starts");

    Document owner =
        save(
            open("/admin/content/edit.xhtml?type=PAGE&lang=en"),
            Map.of(
                "edit:title", "A page with a stranger as owner",
                "edit:owner", "senegal.editor@meridian.example.org"));
    assertThat(owner.select(".field-error").text()).contains("not a member of this office");

    String list = open("/admin/index.xhtml").select("#content").text();
    assertThat(list)
        .doesNotContain("A story that must not be saved")
        .doesNotContain("An event that ends before it starts")
        .doesNotContain("A page with a stranger as owner");
  }

  @Test
  void nestedPagesLiveAtTheirParentsPathAndCannotLoop() {
    Document form = open("/admin/content/edit.xhtml?type=PAGE&lang=en");
    String aboutUs = option(form, "edit:parent", "/about-us ");
    Document child =
        save(
            form,
            Map.of(
                "edit:title", "Team values",
                "edit:slug", "team-values",
                "edit:parent", aboutUs,
                "edit:body_input", "<p>What we hold to.</p>"));
    assertThat(child.select(".notice").text()).contains("created as a draft");
    submit(child, Map.of(), "publishing:publish");

    assertThat(site("/gambia/en/about-us/team-values").select("h1").text())
        .isEqualTo("Team values");
    for (String wrong :
        new String[] {"/gambia/en/team-values", "/gambia/en/our-work/team-values"}) {
      HttpResponse<String> moved = new Browser(MeridianServer.server()).get(wrong);
      assertThat(moved.statusCode()).as(wrong).isEqualTo(301);
      assertThat(moved.headers().firstValue("Location"))
          .hasValue("/gambia/en/about-us/team-values");
    }
    assertThat(
            new Browser(MeridianServer.server())
                .get("/gambia/en/about-us/nothing-here")
                .statusCode())
        .isEqualTo(404);

    Document about = open("/admin/content/edit.xhtml?item=" + aboutUs);
    Document loop = save(about, Map.of("edit:parent", option(about, "edit:parent", "team-values")));
    assertThat(loop.select(".field-error").text()).contains("one of its own sub-pages");
    assertThat(site("/gambia/en/about-us").select("h1").text()).isNotEmpty();
  }

  @Test
  void anEditorOfAnotherOfficeCannotOpenTheItem() {
    Document gambia = open("/admin/index.xhtml");
    Element first = gambia.selectFirst("#content a.edit-link");
    assertThat(first).isNotNull();
    String href = first.attr("href");
    String title = first.text();

    Browser senegal = new Browser(MeridianServer.server());
    FacesForms.signedInAt(senegal, "senegal.editor@meridian.example.org", "/admin/index.xhtml");
    HttpResponse<String> refused = senegal.get(href);
    assertThat(refused.statusCode()).isEqualTo(404);
    assertThat(refused.body()).doesNotContain(title);
    assertThat(senegal.get("/admin/content/edit.xhtml?item=not-a-number").statusCode())
        .isEqualTo(404);
    assertThat(senegal.get("/admin/content/edit.xhtml?type=NOTHING").statusCode()).isEqualTo(404);
  }

  @Test
  void theDashboardFiltersByTypeStateAndLanguage() {
    Document events = open("/admin/index.xhtml?type=EVENT&state=LIVE&lang=en");
    assertThat(events.select("#content tbody tr td:nth-child(3)").eachText())
        .isNotEmpty()
        .allMatch(type -> type.equals("Event"));
    assertThat(events.select("#content tbody tr").text())
        .contains("Open workshop on safe journeys");
    Document drafts = open("/admin/index.xhtml?state=DRAFT");
    assertThat(drafts.select("#content tbody tr").text()).doesNotContain("Open workshop");
    assertThat(drafts.select("#new-event").attr("href"))
        .isEqualTo("/admin/content/edit.xhtml?type=EVENT&lang=en");
  }

  @Test
  void theDemoPressReleaseShowsOnlyItsCurrentMediaContact() {
    Document page = site("/gambia/en/mobile-clinics-river");
    assertThat(page.select(".media-contacts").text())
        .contains("Communications desk")
        .doesNotContain("Lamin Touray");
    assertThat(page.select(".related a").eachAttr("href"))
        .contains("/gambia/en/youth-skills-centre-opens");
    assertThat(site("/gambia/en/about-us/our-history").select("h1").text())
        .isEqualTo("Our history");
  }
}
