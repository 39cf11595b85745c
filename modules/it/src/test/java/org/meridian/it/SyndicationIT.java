package org.meridian.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Syndication over HTTP: HQ shares an item from its Share tab, the background fan-out makes a copy
 * in every office (progress and report per office), copies are pages of their own sites with a
 * canonical link to the source, follow the source's new revisions, keep the overrides an office
 * chose (and refuse changes to locked fields), get flagged "source changed" for review, can be
 * declined and taken back, and are withdrawn everywhere at once; other offices never see an
 * office's copy.
 */
@ExtendWith(MeridianServer.class)
class SyndicationIT {

  private static final String HQ_ADMIN = "hq.admin@meridian.example.org";
  private static final String GAMBIA_ADMIN = "gambia.admin@meridian.example.org";
  private static final String SENEGAL_EDITOR = "senegal.editor@meridian.example.org";
  private static final String REGIONAL_PUBLISHER = "wca.regional@meridian.example.org";
  private static final AtomicLong UNIQUE = new AtomicLong(System.nanoTime());

  @Test
  void anHqItemIsCarriedFollowedOverriddenDeclinedAndWithdrawnAcrossTheNetwork() {
    ConsoleSession hq = ConsoleSession.signIn(HQ_ADMIN);
    String hqToken = ApiTokenIT.issue(hq, "Syndication " + UNIQUE.incrementAndGet(), "WRITE");
    String id = Long.toString(UNIQUE.incrementAndGet(), 36);
    String slug = "shared-" + id;
    long source =
        createAndPublish("hq", hqToken, slug, "Network appeal " + id, "<p>First text.</p>");

    // Share with every office (not mandatory, title and body locked by default).
    Document share = hq.open("/admin/content/share.xhtml?item=" + source);
    assertThat(share.getElementById("tab-share")).isNotNull();
    assertThat(share.select("#share\\:locked input[checked]").eachAttr("value"))
        .containsExactlyInAnyOrder("title", "body");
    Document shared = submitAll(hq, share, "share", "share:share-button");
    assertThat(shared.select(".messages").text()).doesNotContain("???").contains("Shared");
    assertThat(shared.getElementById("terms").text()).contains("Locked fields: Title, Body");

    Document report =
        waitFor(hq, "/admin/content/share.xhtml?item=" + source, SyndicationIT::finished);
    assertThat(line(report, "gambia").text()).contains("Carried");
    assertThat(line(report, "senegal").text()).contains("Carried");
    assertThat(line(report, "west-central-africa").text()).contains("Carried");
    assertThat(line(report, "mali").text()).contains("Skipped").contains("does not publish in en");

    // The copy is a page of The Gambia's own site, pointing search engines at the source.
    Browser visitor = new Browser(MeridianServer.server());
    HttpResponse<String> page = visitor.get("/gambia/en/" + slug);
    assertThat(page.statusCode()).isEqualTo(200);
    Document html = Jsoup.parse(page.body());
    assertThat(html.selectFirst("h1").text()).isEqualTo("Network appeal " + id);
    assertThat(html.selectFirst("link[rel=canonical]").attr("href")).endsWith("/hq/en/" + slug);
    assertThat(html.text()).contains("Meridian in The Gambia");

    // The Gambia overrides the summary (allowed) but not the title (locked by HQ).
    ConsoleSession gambia = ConsoleSession.signIn(GAMBIA_ADMIN);
    String gambiaToken =
        ApiTokenIT.issue(gambia, "Syndication " + UNIQUE.incrementAndGet(), "WRITE");

    // The API reads the same: HQ's report, The Gambia's copies; another office's ids are 404.
    Browser api = new Browser(MeridianServer.server());
    HttpResponse<String> progress =
        api.get(
            "/api/v1/offices/hq/sharing/items/" + source,
            Map.of("Authorization", "Bearer " + hqToken));
    assertThat(progress.statusCode()).as(progress.body()).isEqualTo(200);
    assertThat(progress.body()).contains("\"officeCode\":\"gambia\"").contains("CARRIED");
    assertThat(
            api.get(
                    "/api/v1/offices/gambia/sharing/items/" + source,
                    Map.of("Authorization", "Bearer " + gambiaToken))
                .statusCode())
        .isEqualTo(404);
    assertThat(
            api.get(
                    "/api/v1/offices/gambia/sharing/copies",
                    Map.of("Authorization", "Bearer " + gambiaToken))
                .body())
        .contains("Network appeal " + id);
    long copy = copyId(gambia, "Network appeal " + id);
    JsonObject item = item("gambia", gambiaToken, copy);
    HttpResponse<String> locked =
        ApiSaves.put(
            "/api/v1/offices/gambia/items/" + copy,
            gambiaToken,
            save(item.getInt("revision"), "A local title", "", "<p>First text.</p>"));
    assertThat(locked.statusCode()).as(locked.body()).isEqualTo(422);
    assertThat(locked.body()).contains("locked by hq");
    HttpResponse<String> overridden =
        ApiSaves.put(
            "/api/v1/offices/gambia/items/" + copy,
            gambiaToken,
            save(
                item.getInt("revision"),
                "Network appeal " + id,
                "Our own intro",
                "<p>First text.</p>"));
    assertThat(overridden.statusCode()).as(overridden.body()).isEqualTo(200);
    step("gambia", gambiaToken, copy, "PUBLISH");

    // HQ publishes a new revision: the body follows, the override stays, the copy is flagged.
    JsonObject hqItem = item("hq", hqToken, source);
    assertThat(
            ApiSaves.put(
                    "/api/v1/offices/hq/items/" + source,
                    hqToken,
                    save(
                        hqItem.getInt("revision"),
                        "Network appeal " + id,
                        "",
                        "<p>Second text, with news.</p>"))
                .statusCode())
        .isEqualTo(200);
    step("hq", hqToken, source, "PUBLISH");
    HttpResponse<String> followed =
        waitForPublic(visitor, "/gambia/en/" + slug, body -> body.contains("Second text"));
    assertThat(followed.body()).contains("Our own intro");

    Document list = gambia.open("/admin/shared.xhtml");
    Element row = sharedRow(list, "Network appeal " + id);
    assertThat(row.text()).contains("Source changed").contains("Summary");
    Document diff = gambia.open("/admin/shared.xhtml?item=" + copy);
    assertThat(diff.select("#diff ins").text()).contains("Second");
    assertThat(diff.select("#diff del").text()).contains("First");
    Document confirmed = gambia.submit(diff, "confirm", Map.of(), "confirm:confirm-button");
    assertThat(confirmed.select(".messages").text()).doesNotContain("???").contains("Confirmed");
    assertThat(sharedRow(confirmed, "Network appeal " + id).text())
        .doesNotContain("Source changed");

    // Another office never sees The Gambia's copy or its overrides.
    ConsoleSession senegal = ConsoleSession.signIn(SENEGAL_EDITOR);
    Document foreign = senegal.open("/admin/shared.xhtml?item=" + copy);
    assertThat(foreign.getElementById("not-found")).isNotNull();
    assertThat(foreign.text()).doesNotContain("Our own intro");
    assertThat(senegal.open("/admin/content/share.xhtml?item=" + copy).getElementById("not-found"))
        .isNotNull();
    assertThat(hq.open("/admin/content/share.xhtml?item=" + copy).getElementById("not-found"))
        .as("HQ's console works in HQ: another office's item id is not found")
        .isNotNull();
    assertThat(senegal.open("/admin/shared.xhtml").select("#shared").text())
        .contains("Network appeal " + id)
        .doesNotContain("Our own intro");

    // The Gambia declines it (not mandatory): off its site, and HQ's report says so; then back.
    Document asked =
        gambia.submit(
            list,
            "list",
            Map.of(),
            sharedRow(list, "Network appeal " + id)
                .selectFirst("input[value^=Decline]")
                .attr("name"));
    Document declined = gambia.submit(asked, "list", Map.of(), "list:decline-yes");
    assertThat(declined.select(".messages").text()).doesNotContain("???").contains("Declined");
    // Declined after it was on the site: the address is gone (410), not unknown.
    assertThat(visitor.get("/gambia/en/" + slug).statusCode()).isEqualTo(410);
    assertThat(line(hq.open("/admin/content/share.xhtml?item=" + source), "gambia").text())
        .contains("Declined");
    Document back =
        gambia.submit(
            declined,
            "list",
            Map.of(),
            sharedRow(declined, "Network appeal " + id)
                .selectFirst("input[value='Take back']")
                .attr("name"));
    assertThat(back.select(".messages").text()).doesNotContain("???").contains("Taken back");
    assertThat(visitor.get("/gambia/en/" + slug).statusCode()).isEqualTo(200);

    // Withdrawn everywhere at once; withdrawing again is refused with a clear message.
    ConsoleSession secondHq = ConsoleSession.signIn(HQ_ADMIN);
    Document other = secondHq.open("/admin/content/share.xhtml?item=" + source);
    Document otherAsked = secondHq.submit(other, "manage", Map.of(), "manage:withdraw");
    Document mine = hq.open("/admin/content/share.xhtml?item=" + source);
    Document askedToWithdraw = hq.submit(mine, "manage", Map.of(), "manage:withdraw");
    assertThat(askedToWithdraw.getElementById("manage:confirm-withdraw").text())
        .contains("every office");
    Document withdrawn = hq.submit(askedToWithdraw, "manage", Map.of(), "manage:withdraw-yes");
    assertThat(withdrawn.select(".messages").text()).doesNotContain("???").contains("Withdrawn");
    Document again = secondHq.submit(otherAsked, "manage", Map.of(), "manage:withdraw-yes");
    assertThat(again.select(".messages .error, .messages").text()).contains("already withdrawn");
    waitForPublic(visitor, "/gambia/en/" + slug, null);
    Document finalReport =
        waitFor(hq, "/admin/content/share.xhtml?item=" + source, SyndicationIT::finished);
    assertThat(line(finalReport, "gambia").text()).contains("Withdrawn");
    assertThat(line(finalReport, "senegal").text()).contains("Withdrawn");
    assertThat(sharedRow(gambia.open("/admin/shared.xhtml"), "Network appeal " + id).text())
        .contains("Withdrawn by hq");

    // The audit trail has the steps.
    assertThat(hq.open("/admin/audit.xhtml?action=syndication.shared").text())
        .contains("item " + source);
    assertThat(hq.open("/admin/audit.xhtml?action=syndication.withdrawn").text())
        .contains("item " + source);
    assertThat(hq.open("/admin/audit.xhtml?action=syndication.declined").text())
        .contains("item " + copy)
        .contains(GAMBIA_ADMIN);
  }

  @Test
  void aRegionSharesWithinItsRegionOnlyAndNeverSharesItsCopyOnward() {
    ConsoleSession region = ConsoleSession.signIn(REGIONAL_PUBLISHER);
    // Its copy of HQ's page: no Share form, it says a copy is not shared onward.
    long copy = copyId(region, "Our global commitments");
    Document copyPage = region.open("/admin/content/share.xhtml?item=" + copy);
    assertThat(copyPage.getElementById("share")).isNull();
    assertThat(copyPage.getElementById("copy").text()).contains("not shared onward");

    Element own =
        region.open("/admin/index.xhtml?type=PAGE").select("a").stream()
            .filter(a -> a.text().equals("À propos de la région"))
            .findFirst()
            .orElseThrow(() -> new AssertionError("the region's French page is listed"));
    long item = Long.parseLong(own.attr("href").replaceAll(".*item=(\\d+).*", "$1"));
    Document page = region.open("/admin/content/share.xhtml?item=" + item);
    assertThat(page.getElementById("tab-share")).isNotNull();
    assertThat(page.select("#share\\:region option").eachAttr("value"))
        .containsExactly("west-central-africa");

    Document outside =
        region.submit(
            page,
            "share",
            Map.of("share:audience", "CHOSEN", "share:offices", "senegal, hq"),
            "share:share-button");
    assertThat(outside.select(".messages").text())
        .doesNotContain("???")
        .contains("own region only")
        .contains("hq is not one of them");
    assertThat(outside.getElementById("report")).as("nothing was shared").isNull();

    Document shared =
        region.submit(
            outside,
            "share",
            Map.of("share:audience", "CHOSEN", "share:offices", "senegal"),
            "share:share-button");
    assertThat(shared.select(".messages").text()).doesNotContain("???").contains("Shared");
    Document report =
        waitFor(region, "/admin/content/share.xhtml?item=" + item, SyndicationIT::finished);
    assertThat(line(report, "senegal").text()).contains("Carried");
    assertThat(report.select("#report tbody tr")).hasSize(1);
    HttpResponse<String> senegalCopy =
        new Browser(MeridianServer.server()).get("/senegal/fr/a-propos-de-la-region");
    assertThat(senegalCopy.statusCode()).isEqualTo(200);
    assertThat(Jsoup.parse(senegalCopy.body()).selectFirst("link[rel=canonical]").attr("href"))
        .endsWith("/west-central-africa/fr/a-propos-de-la-region");
  }

  @Test
  void aCountryOfficeDoesNotShareAndItsConsoleOffersNoShareTab() {
    ConsoleSession gambia = ConsoleSession.signIn(GAMBIA_ADMIN);
    long copy = copyId(gambia, "Our global commitments");
    Document page = gambia.open("/admin/content/share.xhtml?item=" + copy);
    assertThat(page.getElementById("tab-share")).isNull();
    assertThat(page.getElementById("share")).isNull();
    assertThat(page.getElementById("copy").text()).contains("copy of an item shared by hq");
  }

  @Test
  void theDemoShowsCopiesFollowingHqWithSenegalsOverrideAndOutdatedTranslationFlagged() {
    Browser visitor = new Browser(MeridianServer.server());
    HttpResponse<String> gambiaCopy = visitor.get("/gambia/en/global-compact");
    assertThat(gambiaCopy.statusCode()).isEqualTo(200);
    Document page = Jsoup.parse(gambiaCopy.body());
    assertThat(page.selectFirst("link[rel=canonical]").attr("href"))
        .endsWith("/hq/en/global-compact");
    assertThat(page.text()).contains("annual report");
    HttpResponse<String> senegalCopy = visitor.get("/senegal/en/global-compact");
    assertThat(senegalCopy.body()).contains("what it means in Senegal").contains("annual report");
    assertThat(visitor.get("/gambia/en/about-the-region").statusCode()).isEqualTo(200);

    ConsoleSession senegal = ConsoleSession.signIn(SENEGAL_EDITOR);
    Document list = senegal.open("/admin/shared.xhtml");
    assertThat(sharedRow(list, "Our global commitments").text())
        .contains("Source changed")
        .contains("mandatory")
        .contains("Summary");
    assertThat(sharedRow(list, "Our global commitments").select("input[value^=Decline]"))
        .as("a mandatory item offers no decline")
        .isEmpty();
    assertThat(sharedRow(list, "About the region").select("input[value^=Decline]")).isNotEmpty();
    assertThat(senegal.open("/admin/translations.xhtml").select("#outdated a").eachText())
        .contains("Nos engagements mondiaux");
  }

  /**
   * Senegal's French-speaking editor reads the syndication screens in French: Shared with us (its
   * nav link, the list's headings and flags), a copy's Share tab and the editor's copy notice; no
   * text is missing from the bundles.
   */
  @Test
  void theFrenchSpeakingEditorReadsSharedWithUsInFrench() {
    ConsoleSession editor = ConsoleSession.signIn("senegal.francophone@meridian.example.org");
    Document list = editor.open("/admin/shared.xhtml");
    assertThat(list.selectFirst("html").attr("lang")).isEqualTo("fr");
    assertThat(list.selectFirst("h1").text()).isEqualTo("Partagés avec nous");
    assertThat(list.select("#nav-shared").text()).isEqualTo("Partagés avec nous");
    assertThat(list.select("#shared thead th").eachText())
        .containsExactly(
            "Élément", "Expéditeur", "Statut", "Source", "Vos modifications propres", "Actions");
    assertThat(sharedRow(list, "Our global commitments").text()).contains("obligatoire");
    assertThat(sharedRow(list, "About the region").select("input[value^=Refuser]")).isNotEmpty();
    assertThat(list.text()).doesNotContain("???");

    long copy = copyId(editor, "Our global commitments");
    Document changes = editor.open("/admin/shared.xhtml?item=" + copy);
    assertThat(changes.selectFirst("#review h2").text())
        .startsWith("Ce qui a changé dans la source");
    assertThat(changes.text()).doesNotContain("???");
    Document share = editor.open("/admin/content/share.xhtml?item=" + copy);
    assertThat(share.getElementById("copy").text())
        .contains("Cet élément est une copie d’un élément partagé par hq")
        .contains("une copie ne se partage pas à son tour");
    assertThat(share.text()).doesNotContain("???");
    Document edit = editor.open("/admin/content/edit.xhtml?item=" + copy);
    assertThat(edit.getElementById("copy-notice").text())
        .contains("Copie d’un élément partagé par hq")
        .contains("Verrouillés par hq");
  }

  /**
   * Submits a form with every checked box of a group (the session's helper keeps one value per
   * name), as a browser does.
   */
  private static Document submitAll(
      ConsoleSession session, Document page, String formId, String button) {
    Element form = page.getElementById(formId);
    StringBuilder body = new StringBuilder();
    for (Element input : form.select("input")) {
      String type = input.attr("type");
      boolean unchecked =
          (type.equals("radio") || type.equals("checkbox")) && !input.hasAttr("checked");
      boolean otherButton = type.equals("submit") && !input.attr("name").equals(button);
      if (!input.attr("name").isEmpty() && !unchecked && !otherButton) {
        if (body.length() > 0) {
          body.append('&');
        }
        body.append(encode(input.attr("name"))).append('=').append(encode(input.attr("value")));
      }
    }
    HttpResponse<String> response =
        session.post(form.attr("action"), "application/x-www-form-urlencoded", body.toString());
    assertThat(response.statusCode()).isEqualTo(200);
    return Jsoup.parse(response.body());
  }

  private static String encode(String text) {
    return java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8);
  }

  private static boolean finished(Document page) {
    Element count = page.getElementById("progress-count");
    if (count == null) {
      return false;
    }
    String[] words = count.text().split(" ");
    return words.length > 2 && words[0].equals(words[2]);
  }

  private static Element line(Document report, String office) {
    return report.select("#report tbody tr").stream()
        .filter(r -> r.selectFirst("th").text().endsWith("(" + office + ")"))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no line for " + office + " in " + report.text()));
  }

  private static Element sharedRow(Document list, String title) {
    return list.select("#shared tbody tr").stream()
        .filter(r -> r.selectFirst("th").text().startsWith(title))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no row for " + title + " in " + list.text()));
  }

  private static long copyId(ConsoleSession session, String title) {
    String href =
        sharedRow(session.open("/admin/shared.xhtml"), title).selectFirst("th a").attr("href");
    return Long.parseLong(href.substring(href.indexOf("item=") + 5));
  }

  private static Document waitFor(ConsoleSession session, String path, Predicate<Document> done) {
    Instant until = Instant.now().plus(Duration.ofSeconds(90));
    Document page = session.open(path);
    while (!done.test(page)) {
      if (Instant.now().isAfter(until)) {
        throw new AssertionError("not done in time: " + page.text());
      }
      sleep();
      page = session.open(path);
    }
    return page;
  }

  /**
   * Waits until the public page shows what {@code done} wants (with null: until it is gone: 410 for
   * an address that was on the site, 404 for one that never was).
   */
  private static HttpResponse<String> waitForPublic(
      Browser visitor, String path, Predicate<String> done) {
    Instant until = Instant.now().plus(Duration.ofSeconds(90));
    while (true) {
      HttpResponse<String> response = visitor.get(path);
      boolean ok =
          done == null
              ? response.statusCode() == 404 || response.statusCode() == 410
              : response.statusCode() == 200 && done.test(response.body());
      if (ok) {
        return response;
      }
      if (Instant.now().isAfter(until)) {
        throw new AssertionError(path + " never got there: " + response.statusCode());
      }
      sleep();
    }
  }

  private static void sleep() {
    try {
      Thread.sleep(500);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static long createAndPublish(
      String office, String token, String slug, String title, String body) {
    Browser client = new Browser(MeridianServer.server());
    HttpResponse<String> created =
        client.postJson(
            "/api/v1/offices/" + office + "/items",
            Map.of("Authorization", "Bearer " + token),
            "{\"type\":\"page\",\"language\":\"en\",\"slug\":\""
                + slug
                + "\",\"title\":\""
                + title
                + "\",\"summary\":\"\",\"body\":\""
                + body
                + "\"}");
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    long id = ((JsonObject) JsonBodies.parse(created.body())).getJsonNumber("id").longValue();
    step(office, token, id, "PUBLISH");
    return id;
  }

  private static void step(String office, String token, long id, String step) {
    HttpResponse<String> done =
        new Browser(MeridianServer.server())
            .postJson(
                "/api/v1/offices/" + office + "/items/" + id + "/steps",
                Map.of("Authorization", "Bearer " + token),
                "{\"step\":\"" + step + "\"}");
    assertThat(done.statusCode()).as(done.body()).isEqualTo(200);
  }

  private static JsonObject item(String office, String token, long id) {
    HttpResponse<String> got =
        new Browser(MeridianServer.server())
            .get(
                "/api/v1/offices/" + office + "/items/" + id,
                Map.of("Authorization", "Bearer " + token));
    assertThat(got.statusCode()).as(got.body()).isEqualTo(200);
    return (JsonObject) JsonBodies.parse(got.body());
  }

  private static String save(int basedOn, String title, String summary, String body) {
    return "{\"basedOnRevision\":"
        + basedOn
        + ",\"title\":\""
        + title
        + "\",\"summary\":\""
        + summary
        + "\",\"body\":\""
        + body
        + "\"}";
  }
}
