package org.meridian.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Random;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.meridian.it.pages.Chromium;
import org.meridian.it.pages.ContentListPage;
import org.meridian.it.pages.EditorPage;
import org.meridian.it.pages.MediaLibraryPage;
import org.meridian.it.pages.OfficesPage;
import org.meridian.it.pages.PublicArticlePage;
import org.meridian.it.pages.ReviewPage;
import org.meridian.it.pages.SignInPage;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The editorial journey in a real browser (Debian's headless Chromium), through page objects: a
 * person is paused after failed sign-ins; Senegal's editor uploads to the media library (watching
 * the progress), writes a news item with an image from the editor's media picker, survives the end
 * of her session while typing, and submits it; the publisher approves and publishes it; it is on
 * Senegal's public site; the Gambia's editor finds no trace of it in the console; an HQ
 * administrator creates an office from the blueprint. One browser for the class and one sign-in per
 * person; the steps run in order and share the item. Skipped without Chromium.
 */
@ExtendWith({MeridianServer.class, EditorialJourneyIT.PageOnFailure.class})
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class EditorialJourneyIT {

  private static final String JOURNEY = "journey.demo@meridian.example.org";
  private static final String SENEGAL_EDITOR = "senegal.editor@meridian.example.org";
  private static final String GAMBIA_EDITOR = "gambia.editor@meridian.example.org";
  private static final String HQ_ADMIN = "hq.admin@meridian.example.org";
  private static final String PASSWORD = MeridianServer.DEMO_PASSWORD;
  private static final String UNIQUE = Long.toString(System.nanoTime() % 1_000_000_000L, 36);
  private static final String TITLE = "Journey forum " + UNIQUE;
  private static final String ALT = "Young people listening at the forum in Thiès";

  private static Chromium chromium;
  private static WebDriver driver;
  private static URI server;
  private static Path files;

  /** The news item the steps share, once written. */
  private static long itemId;

  private static String slug;

  @BeforeAll
  static void startBrowser() throws IOException {
    Chromium.requireInstalled();
    server = MeridianServer.server().uri("/");
    files = Files.createTempDirectory("meridian-journey-files");
    chromium = Chromium.start();
    driver = chromium.driver();
  }

  /**
   * A wait that polls often and looks through the errors Chromium may give while a page is being
   * replaced.
   */
  private static org.openqa.selenium.support.ui.FluentWait<WebDriver> waitUpTo(int seconds) {
    return new WebDriverWait(driver, Duration.ofSeconds(seconds), Duration.ofMillis(50))
        .ignoring(org.openqa.selenium.WebDriverException.class);
  }

  /** Signs a person in, in a browser that holds no one's session. */
  private static ContentListPage signIn(String email) {
    driver.manage().deleteAllCookies();
    return SignInPage.openConsole(driver, server).signInAs(email, PASSWORD);
  }

  /** Keeps the page a failed step ended on (target/journey-*.html). */
  static final class PageOnFailure extends org.meridian.it.pages.PageOnFailure {
    PageOnFailure() {
      super("journey", () -> driver);
    }
  }

  @AfterAll
  static void stopBrowser() {
    if (chromium != null) {
      chromium.close();
    }
  }

  @Test
  @Order(1)
  void fiveWrongPasswordsPauseSigningInEvenWithTheRightOne() {
    // From a documentation address of this test's own: the failures count against it and the
    // test's own account, never against the address the other tests sign in from.
    chromium.comeFrom("198.51.100.77");
    try {
      driver.manage().deleteAllCookies();
      SignInPage signIn = SignInPage.openConsole(driver, server);
      for (int attempt = 1; attempt <= 4; attempt++) {
        signIn.submit(JOURNEY, "not-the-password-" + attempt);
        assertThat(signIn.alert())
            .as("attempt %s at %s", attempt, driver.getCurrentUrl())
            .contains(SignInPage.WRONG);
      }
      signIn.submit(JOURNEY, "not-the-password-5");
      assertThat(signIn.alert()).contains(SignInPage.PAUSED);

      signIn.submit(JOURNEY, PASSWORD);
      assertThat(signIn.isShown()).as("still on the sign-in page").isTrue();
      assertThat(signIn.alert()).contains(SignInPage.PAUSED).doesNotContain(SignInPage.WRONG);
    } finally {
      chromium.comeFromHere();
      driver.manage().deleteAllCookies();
    }
  }

  @Test
  @Order(2)
  void theEditorUploadsToTheLibraryAndSeesTheProgress() throws IOException {
    signIn(SENEGAL_EDITOR);
    MediaLibraryPage library = MediaLibraryPage.open(driver, server);

    // A file the library does not take is named in the page, and nothing is sent.
    Path notes = files.resolve("notes.txt");
    Files.writeString(notes, "Minutes of the meeting", StandardCharsets.UTF_8);
    library.choose(notes);
    assertThat(library.uploadStatus()).contains("notes.txt").contains("cannot be uploaded");
    library.pressUpload();
    assertThat(library.progress()).as("no upload started").isEqualTo(-1);
    assertThat(driver.findElement(By.id("upload:file")).getAttribute("aria-invalid"))
        .isEqualTo("true");

    // A file dropped on the zone lands in the file field; one over the library's limit for images
    // (10 MB in the demo) is refused in the page.
    library = MediaLibraryPage.open(driver, server);
    library.drop("poster.png", 11 * 1024 * 1024);
    assertThat(library.chosenFile()).isEqualTo("poster.png");
    assertThat(library.uploadStatus()).contains("poster.png").contains("at most 10.0 MB");
    assertNoAccessibilityViolations("the media library refusing a dropped file");

    // What the page cannot see, the server refuses by the content, in the page it sends back.
    Path fake = files.resolve("fake.png");
    Files.writeString(fake, "not a picture", StandardCharsets.UTF_8);
    library = MediaLibraryPage.open(driver, server);
    library.choose(fake).describe("A picture that is not one").pressUpload();
    library.awaitAnswer();
    assertThat(library.fieldMessage("upload:file")).isNotBlank();
    assertThat(library.titles()).doesNotContain("fake");

    // A large picture over a slow link: the progress bar shows it going, then the library's answer.
    Path picture = noise(files.resolve("market-" + UNIQUE + ".png"), 640, 480);
    MediaLibraryPage uploading = MediaLibraryPage.open(driver, server);
    uploading.choose(picture).describe("Stalls of the Sandaga market");
    chromium.slowUploads(256 * 1024);
    try {
      uploading.pressUpload();
      int seen =
          waitUpTo(20)
              .until(d -> uploading.progress() > 0 && uploading.progress() < 100 ? 1 : null);
      assertThat(seen).isEqualTo(1);
      assertThat(uploading.uploadStatus()).contains("Uploading").contains("% of");
    } finally {
      chromium.fullSpeed();
    }
    MediaLibraryPage answered = new MediaLibraryPage(driver, server).awaitAnswer();
    assertThat(answered.messages()).contains("was added to the library");
    assertThat(answered.titles()).contains("market " + UNIQUE);
  }

  @Test
  @Order(3)
  void aSenegalEditorWritesANewsItemWithAnImageAndSubmitsIt() throws IOException {
    EditorPage editor = ContentListPage.openIn(driver, server, "senegal").startNew("news");
    editor
        .typeTitle(TITLE)
        .typeSummary("Two hundred young people met in Thiès.")
        .typeBody("The forum heard from returnees and employers.");

    // The session ends while she types (she went to lunch): saving takes her to sign in, and back
    // to the editor with her text.
    driver.manage().deleteCookieNamed("JSESSIONID");
    editor.pressSave();
    SignInPage signIn = new SignInPage(driver, server);
    waitUpTo(20).until(ExpectedConditions.presenceOfElementLocated(By.id("j_username")));
    signIn.submit(SENEGAL_EDITOR, PASSWORD);
    waitUpTo(20).until(ExpectedConditions.urlContains("/admin/content/edit.xhtml"));
    editor = new EditorPage(driver, server);
    waitUpTo(20).until(d -> TITLE.equals(new EditorPage(d, server).title()) ? true : null);
    assertThat(editor.restoredNotice()).contains("put back");
    assertThat(editor.summary()).isEqualTo("Two hundred young people met in Thiès.");
    EditorPage restored = editor;
    waitUpTo(10).until(d -> restored.body().contains("returnees") ? true : null);
    assertThat(driver.getPageSource()).doesNotContain("Exception");
    assertNoAccessibilityViolations("the editor with its text put back");

    // The media picker refuses an image without its description, and keeps what was typed.
    Path photo = picture(files.resolve("forum-" + UNIQUE + ".png"));
    editor.describeHeroImage("").uploadHeroImage(photo);
    assertThat(editor.fieldMessage("edit:heroAlt")).contains("alt text");
    assertThat(editor.heroImage()).isEmpty();
    assertThat(editor.title()).isEqualTo(TITLE);

    editor.describeHeroImage(ALT).uploadHeroImage(photo);
    assertThat(editor.messages()).contains("chosen as the hero image");
    assertThat(editor.heroImage()).isNotEmpty();
    assertThat(editor.heroImageLabel()).contains("forum " + UNIQUE);
    assertThat(editor.title()).isEqualTo(TITLE);

    editor.save();
    assertThat(editor.messages()).contains("was created as a draft");
    itemId = editor.itemId();
    slug = driver.findElement(By.id("edit:slug")).getAttribute("value");
    assertThat(slug).isNotBlank();
    assertThat(editor.mayPublish()).as("Senegal asks for a review first").isFalse();

    editor.submitForReview();
    assertThat(editor.messages()).contains("Submitted for review");
    assertThat(editor.editorialState()).containsIgnoringCase("review");
    editor.signOut();
  }

  @Test
  @Order(4)
  void thePublisherApprovesAndPublishesIt() {
    assertThat(itemId).as("the news item of the earlier step").isPositive();
    ContentListPage list = signIn(ReviewedPublishing.PUBLISHER).switchTo("senegal");
    assertThat(list.office()).isEqualTo("senegal");

    ReviewPage review = ReviewPage.open(driver, server, itemId);
    assertThat(review.itemTitle()).isEqualTo(TITLE);
    assertThat(review.steps()).contains("APPROVE").doesNotContain("PUBLISH");
    review.comment("Good, with a clear picture.").take("APPROVE");
    assertThat(review.steps()).contains("PUBLISH");
    review.take("PUBLISH");
    assertThat(review.state()).containsIgnoringCase("published");
    review.signOut();
  }

  @Test
  @Order(5)
  void theItemIsOnTheSenegalSite() {
    assertThat(slug).as("the news item of the earlier steps").isNotBlank();
    PublicArticlePage article = PublicArticlePage.open(driver, server, "senegal", "fr", slug);
    assertThat(article.heading()).isEqualTo(TITLE);
    assertThat(article.text()).contains("returnees");
    WebElement hero = article.heroImage().orElseThrow(() -> new AssertionError("no hero image"));
    assertThat(hero.getAttribute("alt")).isEqualTo(ALT);
    waitUpTo(10).until(d -> article.heroImageLoaded() ? true : null);
  }

  @Test
  @Order(6)
  void aGambiaEditorCannotSeeItInTheConsole() {
    assertThat(itemId).as("the news item of the earlier steps").isPositive();
    ContentListPage list = signIn(GAMBIA_EDITOR);
    assertThat(list.office()).isEqualTo("gambia");
    assertThat(list.titles()).isNotEmpty().doesNotContain(TITLE);
    assertThat(list.searchByForm(UNIQUE).titles()).doesNotContain(TITLE);
    assertThat(list.searchByForm("Journey forum").titles()).doesNotContain(TITLE);

    EditorPage direct = EditorPage.openItem(driver, server, itemId);
    assertThat(direct.isNotFound()).as("the editor of Senegal's item from the Gambia").isTrue();
    assertThat(driver.getPageSource()).doesNotContain(TITLE);

    ReviewPage review = ReviewPage.open(driver, server, itemId);
    assertThat(driver.findElements(By.id("not-found"))).isNotEmpty();
    assertThat(driver.getPageSource()).doesNotContain(TITLE);

    MediaLibraryPage library = MediaLibraryPage.open(driver, server);
    assertThat(library.titles()).doesNotContain("forum " + UNIQUE, "market " + UNIQUE);

    // Nor can she switch into Senegal: the console stays in her own office.
    ContentListPage asked = ContentListPage.openIn(driver, server, "senegal");
    assertThat(asked.office()).isEqualTo("gambia");
    assertThat(asked.switcherOffices()).isEmpty();
    assertThat(asked.titles()).doesNotContain(TITLE);
    review.signOut();
  }

  @Test
  @Order(7)
  void anHqAdministratorCreatesAnOfficeFromTheBlueprint() {
    String code = "journey" + UNIQUE.replaceAll("[^a-z0-9]", "");
    signIn(HQ_ADMIN);
    OfficesPage offices = OfficesPage.open(driver, server);
    offices.create(code, "Journey Land", "hq", "fr, en", "Africa/Dakar");
    assertThat(offices.messages()).contains("'" + code + "' was created with its standard site");
    assertThat(offices.codes()).contains(code);

    // HQ may work in any office: the switcher offers the new one, with the blueprint's drafts.
    ContentListPage list = ContentListPage.openIn(driver, server, "hq");
    assertThat(list.switcherOffices()).contains("hq", "gambia", code);
    list.switchTo(code);
    assertThat(list.office()).isEqualTo(code);
    assertThat(list.titles()).hasSizeGreaterThanOrEqualTo(6);
    list.signOut();
  }

  /** axe-core finds nothing against WCAG 2.1 A and AA on the page as it is now. */
  private static void assertNoAccessibilityViolations(String page) {
    com.deque.html.axecore.results.Results results =
        new com.deque.html.axecore.selenium.AxeBuilder()
            .withTags(java.util.List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
            .analyze(driver);
    assertThat(results.getViolations())
        .as(
            "%s: %s",
            page,
            results.getViolations().stream()
                .map(v -> v.getId() + " at " + v.getNodes().get(0).getTarget())
                .toList())
        .isEmpty();
  }

  /** A picture of random pixels (it does not compress: about 3 bytes a pixel as PNG). */
  private static Path noise(Path file, int width, int height) throws IOException {
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    Random random = new Random(7);
    for (int y = 0; y < height; y++) {
      for (int x = 0; x < width; x++) {
        image.setRGB(x, y, random.nextInt(0x1000000));
      }
    }
    ImageIO.write(image, "png", file.toFile());
    return file;
  }

  /** A small picture: two colours. */
  private static Path picture(Path file) throws IOException {
    BufferedImage image = new BufferedImage(320, 200, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.setColor(new Color(0x0b4f8a));
    g.fillRect(0, 0, 320, 200);
    g.setColor(new Color(0xf2c14e));
    g.fillOval(100, 40, 120, 120);
    g.dispose();
    ImageIO.write(image, "png", file.toFile());
    return file;
  }
}
