package org.meridian.it.pages;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The media library ({@code /admin/media.xhtml}): upload with progress, the grid of files. */
public final class MediaLibraryPage extends ConsolePage {

  public MediaLibraryPage(WebDriver driver, URI server) {
    super(driver, server);
  }

  public static MediaLibraryPage open(WebDriver driver, URI server) {
    MediaLibraryPage page = new MediaLibraryPage(driver, server);
    page.open("/admin/media.xhtml");
    return page;
  }

  /** Chooses a file with the upload form's file field, as with the keyboard. */
  public MediaLibraryPage choose(Path file) {
    driver.findElement(By.id("upload:file")).sendKeys(file.toAbsolutePath().toString());
    return this;
  }

  public MediaLibraryPage describe(String altText) {
    WebElement field = driver.findElement(By.id("upload:altText"));
    field.clear();
    field.sendKeys(altText);
    return this;
  }

  /** Presses "Upload"; the caller watches the progress and the answer. */
  public void pressUpload() {
    driver.findElement(By.id("upload:upload-button")).click();
  }

  /** The upload's progress bar while it is shown: its value (0–100), or -1 when hidden. */
  public int progress() {
    List<WebElement> bars = driver.findElements(By.cssSelector(".upload-status progress"));
    if (bars.isEmpty() || !bars.get(0).isDisplayed()) {
      return -1;
    }
    return (int) Double.parseDouble(bars.get(0).getAttribute("value"));
  }

  /** What the upload's status line says (progress, or a refusal made in the page). */
  public String uploadStatus() {
    return driver.findElements(By.cssSelector(".upload-status")).stream()
        .map(WebElement::getText)
        .findFirst()
        .orElse("");
  }

  /** Waits until the library's answer to the upload has replaced the page. */
  public MediaLibraryPage awaitAnswer() {
    waiting()
        .until(
            ExpectedConditions.or(
                ExpectedConditions.presenceOfElementLocated(By.id("details")),
                ExpectedConditions.presenceOfElementLocated(By.cssSelector(".field-error"))));
    return this;
  }

  public List<String> titles() {
    return driver.findElements(By.cssSelector("#media-grid li a")).stream()
        .map(WebElement::getText)
        .toList();
  }
}
