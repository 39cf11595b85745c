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

  /**
   * Drops a file of {@code bytes} zero bytes named {@code name} on the upload's drop zone, as a
   * file dragged from the desktop would be (the browser makes the drop event).
   */
  public MediaLibraryPage drop(String name, int bytes) {
    ((org.openqa.selenium.JavascriptExecutor) driver)
        .executeScript(
            "var zone = document.querySelector('#upload [data-drop-zone]');"
                + "var data = new DataTransfer();"
                + "data.items.add(new File([new Uint8Array(arguments[1])], arguments[0]));"
                + "zone.dispatchEvent(new DragEvent('drop',"
                + " {dataTransfer: data, bubbles: true, cancelable: true}));",
            name,
            bytes);
    return this;
  }

  /** The name of the file the upload field holds now, or "". */
  public String chosenFile() {
    Object name =
        ((org.openqa.selenium.JavascriptExecutor) driver)
            .executeScript(
                "var f = document.getElementById('upload:file').files;"
                    + "return f.length ? f[0].name : '';");
    return String.valueOf(name);
  }

  public MediaLibraryPage describe(String altText) {
    WebElement field = driver.findElement(By.id("upload:altText"));
    field.clear();
    field.sendKeys(altText);
    return this;
  }

  /** Presses "Upload"; the caller watches the progress and the answer. */
  public void pressUpload() {
    WebElement button = driver.findElement(By.id("upload:upload-button"));
    markThisPage();
    button.click();
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
    awaitAnotherPage();
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
