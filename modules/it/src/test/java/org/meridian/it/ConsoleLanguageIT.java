package org.meridian.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The console speaks the signed-in person's preferred language (French, Arabic right to left, else
 * English); before signing in, the browser's Accept-Language among those three.
 */
@ExtendWith(MeridianServer.class)
class ConsoleLanguageIT {

  private static final String FRENCH = "senegal.francophone@meridian.example.org";
  private static final String ARABIC = "gambia.arabophone@meridian.example.org";
  private static final String ENGLISH = "gambia.editor@meridian.example.org";

  @Test
  void aFrenchSpeakingEditorReadsTheConsoleInFrench() {
    ConsoleSession editor = ConsoleSession.signIn(FRENCH);

    Document list = editor.open("/admin/index.xhtml");
    assertThat(list.selectFirst("html").attr("lang")).isEqualTo("fr");
    assertThat(list.selectFirst("html").attr("dir")).isEqualTo("ltr");
    assertThat(list.selectFirst("h1").text()).isEqualTo("Contenus");
    assertThat(list.select("#nav-dashboard").text()).isEqualTo("Tableau de bord");
    assertThat(list.select("#signout\\:signout-button").attr("value")).isEqualTo("Se déconnecter");
    assertThat(list.select("#content th").eachText()).contains("Titre", "État éditorial");
    assertThat(list.select("#filter-apply").text()).isEqualTo("Filtrer");
    // Senegal's items in their editorial states, in French.
    assertThat(list.select("#content .editorial").eachText())
        .isNotEmpty()
        .allSatisfy(
            state ->
                assertThat(state)
                    .isIn(
                        "",
                        "Brouillon",
                        "En relecture",
                        "Publié",
                        "Approuvé",
                        "Modifications demandées",
                        "Dépublié",
                        "Archivé"));
    assertThat(list.select("#content .editorial").eachText()).contains("Publié");
    assertThat(list.select("p:containsOwn(votre rôle)").text())
        .isEqualTo("Bureau senegal, votre rôle : Rédacteur");

    Document dashboard = editor.open("/admin/dashboard.xhtml");
    assertThat(dashboard.selectFirst("html").attr("lang")).isEqualTo("fr");
    assertThat(dashboard.selectFirst("h1").text()).isEqualTo("Tableau de bord");
    assertThat(dashboard.select("#my-drafts-h").text()).isEqualTo("Mes brouillons");
    assertThat(dashboard.select("#awaiting-review-h").text())
        .isEqualTo("En attente de ma relecture");
    assertThat(dashboard.text()).doesNotContain("???");
  }

  @Test
  void anArabicSpeakingEditorReadsTheConsoleRightToLeft() {
    ConsoleSession editor = ConsoleSession.signIn(ARABIC);

    Document list = editor.open("/admin/index.xhtml");
    assertThat(list.selectFirst("html").attr("lang")).isEqualTo("ar");
    assertThat(list.selectFirst("html").attr("dir")).isEqualTo("rtl");
    assertThat(list.selectFirst("h1").text()).isEqualTo("المحتوى");
    assertThat(list.select("#nav-dashboard").text()).isEqualTo("لوحة المتابعة");
    assertThat(list.text()).doesNotContain("???");

    Document editorPage = editor.open("/admin/content/edit.xhtml?type=NEWS&lang=en");
    assertThat(editorPage.selectFirst("html").attr("dir")).isEqualTo("rtl");
    assertThat(editorPage.selectFirst("h1").text()).isEqualTo("خبر جديد");
    assertThat(editorPage.select("#edit\\:save").attr("value")).isEqualTo("إنشاء مسودة");
  }

  /**
   * The content types' own fields, the list's State column, and the content itself: in the French
   * and Arabic consoles the fields and states are in the person's language, and each item's title
   * carries the item's own language (an English title in the Arabic console is English, left to
   * right, not Arabic).
   */
  @Test
  void fieldsAndStatesSpeakThePersonsLanguageAndContentKeepsItsOwn() {
    ConsoleSession arabic = ConsoleSession.signIn(ARABIC);
    Document list = arabic.open("/admin/index.xhtml");
    assertThat(list.select("#content .live-state").eachText())
        .isNotEmpty()
        .allSatisfy(state -> assertThat(state).isIn("مسودة", "منشور", "منشور، وتعديلات في الانتظار"));
    assertThat(list.select("#content a.edit-link"))
        .isNotEmpty()
        .allSatisfy(
            title -> {
              assertThat(title.attr("dir")).isEqualTo("auto");
              assertThat(title.attr("lang"))
                  .isEqualTo(title.closest("tr").select("td").get(3).text());
            });
    assertThat(list.select("#content a.edit-link[lang=en]")).isNotEmpty();
    // "Publication" (a type) and "Published" (a state) are two words.
    assertThat(list.select("#new-publication").text()).isEqualTo("إصدار جديد");

    Document news = arabic.open("/admin/content/edit.xhtml?type=NEWS&lang=en");
    assertThat(news.select("label[for$=field-kind]").text()).isEqualTo("النوع");
    assertThat(news.select("label[for$=field-datelinePlace]").text()).isEqualTo("مكان الخبر");
    assertThat(news.select("select[id$=field-kind] option").eachText()).contains("بيان صحفي");
    assertThat(news.text()).doesNotContain("Dateline place", "Media contacts", "Press release", "???");

    ConsoleSession french = ConsoleSession.signIn(FRENCH);
    Document event = french.open("/admin/content/edit.xhtml?type=EVENT&lang=fr");
    assertThat(event.text()).contains("Lieu", "Lien d'inscription").doesNotContain("Venue", "Registration link");
    assertThat(french.open("/admin/index.xhtml").select("#content .live-state").eachText())
        .isNotEmpty()
        .allSatisfy(state -> assertThat(state).isIn("Brouillon", "En ligne", "En ligne, modifications en attente"));

    // The workflow's refusals are the console's words too (the API keeps them in English).
    Document senegal = french.open("/admin/index.xhtml");
    String published =
        senegal.select("#content tbody tr").stream()
            .filter(row -> row.select(".editorial").text().equals("Publié"))
            .map(row -> row.selectFirst("a.edit-link").attr("href").replaceAll(".*item=", ""))
            .findFirst()
            .orElseThrow();
    Document review = french.open("/admin/content/review.xhtml?item=" + published);
    assertThat(review.getElementById("review:why-not-publish").text())
        .contains("La dernière version est déjà en ligne")
        .doesNotContain("already live");
  }

  /** The password policy's refusal, a domain service's sentence, in the person's language. */
  @Test
  void thePasswordPolicySpeaksThePersonsLanguage() {
    Browser browser = new Browser(MeridianServer.server());
    SignIn.as(browser, ARABIC, MeridianServer.DEMO_PASSWORD, "198.51.100.217");
    HttpResponse<String> page = browser.get("/admin/password.xhtml");
    HttpResponse<String> weak =
        FacesForm.on(page, "password")
            .with("password", "current", MeridianServer.DEMO_PASSWORD)
            .with("password", "new", "too short")
            .with("password", "repeated", "too short")
            .press(browser, "password", "change");
    assertThat(Jsoup.parse(weak.body()).select("input[name=password:new] ~ span.field-error").text())
        .isEqualTo("تحتاج كلمة المرور إلى 10 أحرف على الأقل");
  }

  /**
   * The domain services' refusals by code in the person's language: who manages an office's people
   * ({@code GrantRules}) on the people screen, and an address another item already uses ({@code
   * SlugTakenException}) on the editor's slug field.
   */
  @Test
  void theDomainServicesRefusalsSpeakThePersonsLanguage() {
    ConsoleSession french = ConsoleSession.signIn(FRENCH);
    Document people = french.open("/admin/people.xhtml");
    assertThat(people.select("#messages").text())
        .isEqualTo(
            "Seuls les administrateurs de senegal, de son bureau régional et les administrateurs"
                + " du siège gèrent les personnes de senegal.");

    String slug = "adresse-prise-" + Long.toString(System.nanoTime(), 36);
    Map<String, String> page = Map.of("edit:title", "Une page à l’adresse prise", "edit:slug", slug);
    Document created =
        french.submit(
            french.open("/admin/content/edit.xhtml?type=PAGE&lang=fr"), "edit", page, "edit:save");
    assertThat(created.select(".notice").text()).as(created.text()).isNotBlank();
    Document taken =
        french.submit(
            french.open("/admin/content/edit.xhtml?type=PAGE&lang=fr"), "edit", page, "edit:save");
    assertThat(taken.select(".field-error").text())
        .isEqualTo("L’adresse « " + slug + " » est déjà utilisée en fr : choisissez un autre slug")
        .doesNotContain("already used");

    ConsoleSession arabic = ConsoleSession.signIn(ARABIC);
    assertThat(arabic.open("/admin/people.xhtml").select("#messages").text())
        .isEqualTo("لا يدير أشخاص gambia إلا مشرفو gambia ومشرفو مكتبه الإقليمي ومشرفو المقر.");
  }

  @Test
  void anEnglishSpeakingEditorKeepsTheEnglishConsole() {
    Document list = ConsoleSession.signIn(ENGLISH).open("/admin/index.xhtml");

    assertThat(list.selectFirst("html").attr("lang")).isEqualTo("en");
    assertThat(list.selectFirst("html").attr("dir")).isEqualTo("ltr");
    assertThat(list.selectFirst("h1").text()).isEqualTo("Content");
    assertThat(list.select("#nav-dashboard").text()).isEqualTo("Dashboard");
    assertThat(list.select("#content th").eachText()).contains("Title", "Editorial state");
  }

  @Test
  void theSignedInPersonsLanguageWinsOverTheBrowsers() {
    ConsoleSession editor = ConsoleSession.signIn(ENGLISH);

    HttpResponse<String> asked =
        editor.get("/admin/index.xhtml", Map.of("Accept-Language", "fr-SN,fr;q=0.9"));
    Document list = Jsoup.parse(asked.body());
    assertThat(list.selectFirst("html").attr("lang")).isEqualTo("en");
    assertThat(list.selectFirst("h1").text()).isEqualTo("Content");
  }

  @Test
  void theSignInPageFollowsAcceptLanguage() {
    Document french = signInPage("fr-SN,fr;q=0.9,en;q=0.5");
    assertThat(french.selectFirst("html").attr("lang")).isEqualTo("fr");
    assertThat(french.selectFirst("h1").text()).isEqualTo("Se connecter à Meridian");
    assertThat(french.select("label[for=j_password]").text()).isEqualTo("Mot de passe");
    assertThat(french.select("#forgot").text()).isEqualTo("Mot de passe oublié ?");

    Document arabic = signInPage("ar-EG,ar;q=0.9");
    assertThat(arabic.selectFirst("html").attr("lang")).isEqualTo("ar");
    assertThat(arabic.selectFirst("html").attr("dir")).isEqualTo("rtl");
    assertThat(arabic.selectFirst("h1").text()).isEqualTo("تسجيل الدخول إلى Meridian");

    for (String other : new String[] {"de-DE,de;q=0.9", "", "zz;q=1, *;q=0.1"}) {
      Document english = signInPage(other);
      assertThat(english.selectFirst("html").attr("lang")).as(other).isEqualTo("en");
      assertThat(english.selectFirst("h1").text()).as(other).isEqualTo("Sign in to Meridian");
    }
    // A failed sign-in is told in the browser's language too.
    Browser browser = new Browser(MeridianServer.server());
    HttpResponse<String> failed =
        browser.get("/admin/login.xhtml?failed=true", Map.of("Accept-Language", "fr"));
    assertThat(Jsoup.parse(failed.body()).select(".error").text())
        .isEqualTo("L’adresse e-mail ou le mot de passe est incorrect. Veuillez réessayer.");
  }

  @Test
  void aPersonChangesTheirOwnConsoleLanguage() {
    ConsoleSession editor = ConsoleSession.signIn(ARABIC);
    try {
      Document page = editor.open("/admin/language.xhtml");
      assertThat(page.selectFirst("html").attr("dir")).isEqualTo("rtl");
      assertThat(page.select("#console-language\\:language option").eachAttr("value"))
          .containsExactly("en", "fr", "ar");
      assertThat(page.select("#console-language\\:language option[selected]").attr("value"))
          .isEqualTo("ar");

      Document french =
          editor.submit(
              page,
              "console-language",
              Map.of("console-language:language", "fr"),
              "console-language:save");
      assertThat(french.selectFirst("html").attr("lang")).isEqualTo("fr");
      assertThat(french.selectFirst("html").attr("dir")).isEqualTo("ltr");
      assertThat(french.select("#console-language\\:done").text())
          .isEqualTo("La console est désormais en français.");
      // Kept on the account: a new session starts in French.
      assertThat(ConsoleSession.signIn(ARABIC).open("/admin/index.xhtml").selectFirst("h1").text())
          .isEqualTo("Contenus");

      // A language the console does not speak is refused on the field; nothing changes.
      Document refused =
          editor.submit(
              french,
              "console-language",
              Map.of("console-language:language", "de"),
              "console-language:save");
      assertThat(refused.selectFirst("html").attr("lang")).isEqualTo("fr");
      assertThat(refused.select(".field-error").text())
          .as(refused.select("main").html())
          .isNotBlank();
      assertThat(
              ConsoleSession.signIn(ARABIC)
                  .open("/admin/index.xhtml")
                  .selectFirst("html")
                  .attr("lang"))
          .isEqualTo("fr");
    } finally {
      Document back = editor.open("/admin/language.xhtml");
      Document arabic =
          editor.submit(
              back,
              "console-language",
              Map.of("console-language:language", "ar"),
              "console-language:save");
      assertThat(arabic.selectFirst("html").attr("dir")).isEqualTo("rtl");
    }
  }

  private static Document signInPage(String acceptLanguage) {
    Browser browser = new Browser(MeridianServer.server());
    Map<String, String> headers =
        acceptLanguage.isEmpty() ? Map.of() : Map.of("Accept-Language", acceptLanguage);
    HttpResponse<String> page = browser.get("/admin/login.xhtml", headers);
    assertThat(page.statusCode()).isEqualTo(200);
    return Jsoup.parse(page.body());
  }
}
