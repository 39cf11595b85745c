package org.meridian.it.pages;

import java.net.URI;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** One item's languages ({@code /admin/content/translations.xhtml?item=N}). */
public final class TranslationsPage extends ConsolePage {

  public TranslationsPage(WebDriver driver, URI server) {
    super(driver, server);
  }

  public static TranslationsPage open(WebDriver driver, URI server, long itemId) {
    TranslationsPage page = new TranslationsPage(driver, server);
    page.open("/admin/content/translations.xhtml?item=" + itemId);
    return page;
  }

  /** Presses "Translate into …" of the (first) missing language: the new draft's editor opens. */
  public EditorPage translateIntoMissingLanguage() {
    pressAndWait(By.cssSelector("input[id$=':translate']"));
    return new EditorPage(driver, server);
  }
}
