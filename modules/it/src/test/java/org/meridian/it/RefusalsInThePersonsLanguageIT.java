package org.meridian.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.meridian.it.pages.AuditTrailPage;
import org.meridian.it.pages.Chromium;
import org.meridian.it.pages.ContentListPage;
import org.meridian.it.pages.EditorPage;
import org.meridian.it.pages.SignInPage;
import org.openqa.selenium.WebDriver;

/**
 * In a real browser, through page objects: the domain's refusals reach the French- and
 * Arabic-speaking editors in their own language (issue 16) — a content type's field value error
 * names the field by its translated label, and the refusals of other services (the audit trail's
 * access, the search's length) are translated too. Each assertion fails if the text reverts to the
 * English the domain writes. Skipped without Chromium.
 */
@ExtendWith({MeridianServer.class, RefusalsInThePersonsLanguageIT.PageOnFailure.class})
class RefusalsInThePersonsLanguageIT {

  private static final String FRENCH = "senegal.francophone@meridian.example.org";
  private static final String ARABIC = "gambia.arabophone@meridian.example.org";

  private static Chromium chromium;
  private static WebDriver driver;
  private static URI server;

  @BeforeAll
  static void startBrowser() throws java.io.IOException {
    Chromium.requireInstalled();
    server = MeridianServer.server().uri("/");
    chromium = Chromium.start();
    driver = chromium.driver();
  }

  @AfterAll
  static void stopBrowser() {
    if (chromium != null) {
      chromium.close();
    }
  }

  /** Keeps the page a failed test ended on (target/refusals-*.html). */
  static final class PageOnFailure extends org.meridian.it.pages.PageOnFailure {
    PageOnFailure() {
      super("refusals", () -> driver);
    }
  }

  private static ContentListPage signIn(String email) {
    driver.manage().deleteAllCookies();
    return SignInPage.openConsole(driver, server).signInAs(email, MeridianServer.DEMO_PASSWORD);
  }

  /**
   * A news item whose "Related items" are not item numbers (sent as a hand-made request would: the
   * page chooses them by title), saved: refused on that field.
   */
  private static EditorPage saveNewsWithBadRelatedItems() {
    return EditorPage.openNew(driver, server, "NEWS")
        .typeTitle("Refused in the reader's language")
        .setValue("edit:field-related", "abc")
        .save();
  }

  @Test
  void aTypeFieldsValueErrorNamesTheFieldInFrench() {
    signIn(FRENCH);

    EditorPage editor = saveNewsWithBadRelatedItems();

    assertThat(editor.fieldMessage("edit:field-related"))
        .isEqualTo("Contenus liés : « abc » n’est pas un numéro (un nombre positif).")
        .doesNotContain("Related items", "is not an id");
    assertThat(editor.messages()).contains("Rien n’a été enregistré");
  }

  @Test
  void aTypeFieldsValueErrorNamesTheFieldInArabic() {
    signIn(ARABIC);

    EditorPage editor = saveNewsWithBadRelatedItems();

    assertThat(editor.fieldMessage("edit:field-related"))
        .isEqualTo("عناصر ذات صلة: «abc» ليس رقماً تعريفياً (عدداً موجباً).")
        .doesNotContain("Related items", "is not an id");
  }

  @Test
  void otherServicesRefusalsSpeakFrench() {
    ContentListPage list = signIn(FRENCH);

    assertThat(list.search("mot ".repeat(60)).searchError())
        .isEqualTo("Cherchez au plus 200 caractères (quelques mots suffisent).");
    assertThat(AuditTrailPage.open(driver, server).notAllowed())
        .isEqualTo(
            "Non autorisé : Seuls les administrateurs de bureau et les administrateurs du siège"
                + " peuvent voir le journal d’audit.");
  }

  @Test
  void otherServicesRefusalsSpeakArabic() {
    ContentListPage list = signIn(ARABIC);

    assertThat(list.search("كلمة ".repeat(60)).searchError())
        .isEqualTo("ابحث عن 200 حرفاً على الأكثر (تكفي كلمات قليلة).");
    assertThat(AuditTrailPage.open(driver, server).notAllowed())
        .isEqualTo("غير مسموح: لا يطّلع على سجل التدقيق إلا مشرفو المكاتب ومشرفو المقر.");
  }
}
