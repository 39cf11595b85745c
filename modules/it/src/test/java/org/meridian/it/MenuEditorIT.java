package org.meridian.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The console's menu editor over HTTP, as a browser without JavaScript (and without a mouse) uses
 * it: the Gambia's administrator adds, moves and deletes entries of its main menu and the public
 * site follows at once; bad addresses are refused on the field; editors read; another office's
 * entries are out of reach; every change is in the audit trail. Each test takes its own entries out
 * again, so the demo menus stay as the other tests expect them.
 */
@ExtendWith(MeridianServer.class)
class MenuEditorIT {

  private static final String GAMBIA_ADMIN = "gambia.admin@meridian.example.org";
  private static final String GAMBIA_EDITOR = "gambia.editor@meridian.example.org";
  private static final String SENEGAL_EDITOR = "senegal.editor@meridian.example.org";
  private static final AtomicLong UNIQUE = new AtomicLong(System.nanoTime());

  private static String unique(String prefix) {
    return prefix + " " + Long.toString(UNIQUE.incrementAndGet(), 36);
  }

  private static Document publicHome() {
    var response = new Browser(MeridianServer.server()).get("/gambia/en/");
    assertThat(response.statusCode()).isEqualTo(200);
    return Jsoup.parse(response.body());
  }

  /** The public main menu's top-level labels, in order. */
  private static List<String> publicTopLevel() {
    return publicHome()
        .selectFirst("header nav")
        .select("> ul > li > span, > ul > li > a")
        .eachText();
  }

  /** The entry (its {@code li}) whose own label is {@code label}, or null. */
  private static Element entry(Document page, String label) {
    return page.select("#tree li.menu-entry").stream()
        .filter(li -> li.selectFirst("> .entry-label").text().equals(label))
        .findFirst()
        .orElse(null);
  }

  private static String formOf(Element entry) {
    return entry.selectFirst("> form").id();
  }

  static Document add(ConsoleSession admin, String label, String target, String url) {
    Document page = admin.open("/admin/menus.xhtml?menu=MAIN&lang=en");
    return admin.submit(
        page,
        "add",
        Map.of("add:label", label, "add:target", target, "add:url", url),
        "add:add-button");
  }

  private static Document press(ConsoleSession admin, Document page, String label, String button) {
    Element entry = entry(page, label);
    assertThat(entry).as("entry %s", label).isNotNull();
    String form = formOf(entry);
    return admin.submit(page, form, Map.of(), form + ":" + button);
  }

  /** Deletes the entry (with a confirmation), if it is there. */
  static void deleteIfThere(ConsoleSession admin, String label) {
    Document page = admin.open("/admin/menus.xhtml?menu=MAIN&lang=en");
    if (entry(page, label) != null) {
      Document confirm = press(admin, page, label, "delete");
      Document deleted = admin.submit(confirm, "confirm", Map.of(), "confirm:yes");
      assertThat(entry(deleted, label)).isNull();
    }
  }

  static String aboutUsOption(Document page) {
    return page.select("#add\\:target option").stream()
        .filter(o -> o.text().startsWith("/about-us "))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no about-us page to choose"))
        .attr("value");
  }

  @Test
  void anAddedEntryShowsOnThePublicSiteAndMovesThereToo() {
    ConsoleSession admin = ConsoleSession.signIn(GAMBIA_ADMIN);
    String label = unique("Partners");
    String renamed = label + " and friends";
    List<String> before = publicTopLevel(); // rendered now, so the page is in the cache
    assertThat(before).doesNotContain(label);
    try {
      Document menus = admin.open("/admin/menus.xhtml?menu=MAIN&lang=en");
      Document added = add(admin, label, aboutUsOption(menus), "");
      assertThat(added.select(".notice").text()).contains("Entry '" + label + "' added");
      assertThat(entry(added, label).select(".entry-target").text()).contains("/about-us");

      // The cache dropped the office's pages: the new entry is last in the public menu.
      List<String> shown = publicTopLevel();
      assertThat(shown).endsWith(label).hasSize(before.size() + 1);
      assertThat(
              publicHome().select("header nav a").stream()
                  .filter(a -> a.text().equals(label))
                  .findFirst()
                  .orElseThrow()
                  .attr("href"))
          .isEqualTo("/gambia/en/about-us");

      // Moving up with a plain button, until it passes the entry shown before it (entries whose
      // page is not live are in the console's menu but not on the site).
      Document moved = added;
      List<String> after = shown;
      for (int presses = 0; presses < 10 && after.equals(shown); presses++) {
        moved = press(admin, moved, label, "up");
        assertThat(moved.select(".notice").text()).contains("Moved up");
        after = publicTopLevel();
      }
      assertThat(after.indexOf(label)).isEqualTo(shown.indexOf(label) - 1);

      // Indent: it goes below the entry before it (a second level); outdent brings it back.
      String above =
          entry(moved, label).previousElementSibling().selectFirst("> .entry-label").text();
      Document indented = press(admin, moved, label, "indent");
      assertThat(entry(indented, above).select("ul .entry-label").eachText()).contains(label);
      assertThat(publicTopLevel()).doesNotContain(label);
      // A second level does not go deeper.
      Document refused = press(admin, indented, label, "indent");
      assertThat(refused.select(".error").text()).contains("Menus have 2 levels");
      Document outdented = press(admin, refused, label, "outdent");
      assertThat(publicTopLevel()).contains(label);

      // Edit: a new label.
      Document editing = press(admin, outdented, label, "edit");
      Document saved =
          admin.submit(
              editing,
              "edit",
              Map.of(
                  "edit:label",
                  renamed,
                  "edit:target",
                  editing.select("#edit\\:target option[selected]").attr("value"),
                  "edit:url",
                  ""),
              "edit:save");
      assertThat(saved.select(".notice").text()).contains("saved");
      assertThat(publicTopLevel()).contains(renamed).doesNotContain(label);

      // Delete after a confirmation: gone from the site.
      Document confirm = press(admin, saved, renamed, "delete");
      assertThat(confirm.select("#confirm-delete").text()).contains("Delete the entry " + renamed);
      assertThat(publicTopLevel()).contains(renamed);
      Document deleted = admin.submit(confirm, "confirm", Map.of(), "confirm:yes");
      assertThat(entry(deleted, renamed)).isNull();
      assertThat(publicTopLevel()).isEqualTo(before);

      // Every change is in the audit trail, with who did it.
      Document audit = admin.open("/admin/audit.xhtml?action=menu.changed");
      String trail = audit.select("table#entries tbody").text();
      assertThat(trail)
          .contains(GAMBIA_ADMIN)
          .contains("main menu (en): entry")
          .contains("added")
          .contains("moved up")
          .contains("indented")
          .contains("outdented")
          .contains("deleted");
    } finally {
      deleteIfThere(admin, label);
      deleteIfThere(admin, renamed);
    }
  }

  @Test
  void aJavascriptAddressIsRefusedOnTheFieldAndNothingIsStored() {
    ConsoleSession admin = ConsoleSession.signIn(GAMBIA_ADMIN);
    String label = unique("Click me");
    try {
      Document refused = add(admin, label, "", "javascript:alert(document.cookie)");
      assertThat(refused.select("#add .field-error").text()).contains("A menu address is");
      assertThat(entry(refused, label)).isNull();
      assertThat(admin.open("/admin/menus.xhtml?menu=MAIN&lang=en").text()).doesNotContain(label);
      assertThat(publicHome().html()).doesNotContain("javascript:").doesNotContain(label);

      Document noLabel = add(admin, "", "", "https://example.org/");
      assertThat(noLabel.select("#add .field-error").text()).contains("Give the entry a label");
    } finally {
      deleteIfThere(admin, label);
    }
  }

  @Test
  void editorsReadTheMenusButCannotChangeThem() {
    Document page =
        ConsoleSession.signIn(GAMBIA_EDITOR).open("/admin/menus.xhtml?menu=MAIN&lang=en");
    assertThat(page.select("#tree .entry-label").eachText()).contains("Who we are", "News");
    assertThat(page.select("#read-only").text()).contains("only its administrators");
    assertThat(page.select("#tree form")).isEmpty();
    assertThat(page.getElementById("add")).isNull();
    assertThat(page.select("#nav-menus")).isEmpty();
  }

  @Test
  void anotherOfficesEntriesAreNeverShownNorChanged() {
    Document senegal =
        ConsoleSession.signIn(SENEGAL_EDITOR).open("/admin/menus.xhtml?menu=MAIN&lang=fr");
    List<String> senegalIds =
        senegal.select("#tree li.menu-entry").eachAttr("id").stream()
            .map(id -> id.substring("entry-".length()))
            .toList();
    List<String> senegalOrder = senegal.select("#tree .entry-label").eachText();
    assertThat(senegalIds).hasSizeGreaterThan(1);

    ConsoleSession admin = ConsoleSession.signIn(GAMBIA_ADMIN);
    Document gambia = admin.open("/admin/menus.xhtml?menu=MAIN&lang=fr");
    Document gambiaEn = admin.open("/admin/menus.xhtml?menu=MAIN&lang=en");
    for (String id : senegalIds) {
      assertThat(gambia.getElementById("entry-" + id)).isNull();
      assertThat(gambiaEn.getElementById("entry-" + id)).isNull();
    }
    // Gambia does not publish in French: its own language is shown instead.
    assertThat(gambia.select("#lang option[selected]").eachText()).containsExactly("en");

    // Post a Senegal entry's id (and a version) through the Gambia's own buttons.
    String form = formOf(entry(gambiaEn, "News"));
    for (String button : List.of("up", "down", "indent", "outdent", "edit", "delete")) {
      Document refused =
          admin.submit(
              gambiaEn,
              form,
              Map.of("entry", senegalIds.get(1), "version", "0"),
              form + ":" + button);
      assertThat(refused.select(".error").text())
          .as(button)
          .containsAnyOf("No menu entry " + senegalIds.get(1), "No such entry");
      assertThat(refused.getElementById("confirm-delete")).isNull();
      assertThat(refused.getElementById("edit-panel")).isNull();
    }
    Document again =
        ConsoleSession.signIn(SENEGAL_EDITOR).open("/admin/menus.xhtml?menu=MAIN&lang=fr");
    assertThat(again.select("#tree .entry-label").eachText()).isEqualTo(senegalOrder);
  }

  @Test
  void aStaleVersionIsRefusedWithAClearMessage() {
    ConsoleSession admin = ConsoleSession.signIn(GAMBIA_ADMIN);
    String label = unique("Stale");
    try {
      Document added = add(admin, label, "", "https://example.org/stale");
      Document seen = admin.open("/admin/menus.xhtml?menu=MAIN&lang=en");
      // Someone else (another session) moves it first.
      ConsoleSession other = ConsoleSession.signIn(GAMBIA_ADMIN);
      press(other, other.open("/admin/menus.xhtml?menu=MAIN&lang=en"), label, "up");
      Document refused = press(admin, seen, label, "up");
      assertThat(refused.select(".error").text()).contains("Someone else changed the menu entry");
      assertThat(added).isNotNull();
    } finally {
      deleteIfThere(admin, label);
    }
  }

  /**
   * Drag and drop in a real browser (skipped without Chromium): the Gambia's administrator drags an
   * entry by its handle above the one before it, and the public menu shows the new order; then
   * drags it onto the middle of that entry's line, and it goes below it (off the top level). The
   * drop posts the entry's own form to the same use case as the buttons.
   */
  @Test
  void anEntryDraggedToAnotherPlaceMovesThereOnThePublicSite() throws Exception {
    org.junit.jupiter.api.Assumptions.assumeTrue(
        org.meridian.it.pages.Chromium.installed(), "Chromium is not installed");
    ConsoleSession admin = ConsoleSession.signIn(GAMBIA_ADMIN);
    String first = unique("Dragged A");
    String second = unique("Dragged B");
    try (org.meridian.it.pages.Chromium chromium = org.meridian.it.pages.Chromium.start()) {
      Document menus = admin.open("/admin/menus.xhtml?menu=MAIN&lang=en");
      String aboutUs = aboutUsOption(menus);
      add(admin, first, aboutUs, "");
      add(admin, second, aboutUs, "");
      List<String> before = publicTopLevel();
      assertThat(before).endsWith(first, second);

      var driver = chromium.driver();
      java.net.URI server = MeridianServer.server().uri("/");
      org.meridian.it.pages.SignInPage.openConsole(driver, server)
          .signInAs(GAMBIA_ADMIN, MeridianServer.DEMO_PASSWORD);
      driver.get(server.resolve("admin/menus.xhtml?menu=MAIN&lang=en").toString());
      assertThat(driver.findElement(org.openqa.selenium.By.id("drag-hint")).getText())
          .contains("Drag an entry");

      // B's handle to the upper part of A's line: B goes before A.
      drag(driver, second, first, 0.15);
      assertThat(driver.findElement(org.openqa.selenium.By.cssSelector(".messages")).getText())
          .contains("Moved.");
      List<String> after = publicTopLevel();
      assertThat(after).endsWith(second, first).hasSameSizeAs(before);

      // B's handle to the middle of A's line: B goes below A, off the public top level.
      drag(driver, second, first, 0.5);
      Document tree = admin.open("/admin/menus.xhtml?menu=MAIN&lang=en");
      assertThat(entry(tree, first).select("ul .entry-label").eachText()).containsExactly(second);
      assertThat(publicTopLevel()).endsWith(first).doesNotContain(second);
    } finally {
      deleteIfThere(admin, second);
      deleteIfThere(admin, first);
    }
  }

  /**
   * Drags the entry labelled {@code label} by its handle to the line of the entry labelled {@code
   * onto}, at {@code part} of that line's height (0 its top, 1 its bottom), in small steps as a
   * hand would, then waits for the page the drop sends.
   */
  private static void drag(
      org.openqa.selenium.WebDriver driver, String label, String onto, double part) {
    org.openqa.selenium.WebElement handle = liOf(driver, label).findElement(
        org.openqa.selenium.By.cssSelector(":scope > .drag-handle"));
    org.openqa.selenium.WebElement target = liOf(driver, onto);
    org.openqa.selenium.WebElement targetForm =
        target.findElement(org.openqa.selenium.By.cssSelector(":scope > form"));
    ((org.openqa.selenium.JavascriptExecutor) driver)
        .executeScript("arguments[0].scrollIntoView({block: 'center'})", target);
    // Moves relative to the target's label (its line moves as one when the list changes under
    // the drag, its children's list below it does not count).
    org.openqa.selenium.WebElement anchor =
        target.findElement(org.openqa.selenium.By.cssSelector(":scope > .entry-label"));
    org.openqa.selenium.Rectangle from = handle.getRect();
    org.openqa.selenium.Rectangle labelBox = anchor.getRect();
    int top = target.getRect().getY();
    int bottom = targetForm.getRect().getY() + targetForm.getRect().getHeight();
    int centreX = labelBox.getX() + labelBox.getWidth() / 2;
    int centreY = labelBox.getY() + labelBox.getHeight() / 2;
    int dx = from.getX() + from.getWidth() / 2 - centreX;
    int startDy = from.getY() + from.getHeight() / 2 - centreY;
    int endDy = top + (int) Math.round((bottom - top) * part) - centreY;
    var actions = new org.openqa.selenium.interactions.Actions(driver).moveToElement(handle).clickAndHold();
    int steps = 8;
    for (int step = 1; step <= steps; step++) {
      actions = actions.moveToElement(anchor, dx, startDy + (endDy - startDy) * step / steps);
    }
    org.openqa.selenium.WebElement page = driver.findElement(org.openqa.selenium.By.id("tree"));
    actions.release().perform();
    ElementGone.waitUntilGone(driver, page); // the tree is drawn anew once the move is saved
  }

  private static org.openqa.selenium.WebElement liOf(
      org.openqa.selenium.WebDriver driver, String label) {
    return driver.findElements(org.openqa.selenium.By.cssSelector("#tree li.menu-entry")).stream()
        .filter(
            li ->
                li.findElement(org.openqa.selenium.By.cssSelector(":scope > .entry-label"))
                    .getText()
                    .equals(label))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no entry " + label));
  }
}
