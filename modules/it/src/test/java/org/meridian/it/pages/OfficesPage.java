package org.meridian.it.pages;

import java.net.URI;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/** HQ's offices of the network ({@code /admin/offices.xhtml}): create one from the blueprint. */
public final class OfficesPage extends ConsolePage {

  public OfficesPage(WebDriver driver, URI server) {
    super(driver, server);
  }

  public static OfficesPage open(WebDriver driver, URI server) {
    OfficesPage page = new OfficesPage(driver, server);
    page.open("/admin/offices.xhtml");
    return page;
  }

  /** Fills in the "Create an office" form and presses "Create office". */
  public OfficesPage create(
      String code, String name, String parent, String languages, String timeZone) {
    type("form:code", code);
    type("form:name", name);
    new Select(driver.findElement(By.id("form:type"))).selectByValue("COUNTRY");
    new Select(driver.findElement(By.id("form:parent"))).selectByValue(parent);
    type("form:languages", languages);
    type("form:timeZone", timeZone);
    pressAndWait(By.id("form:create"));
    return this;
  }

  /** The codes of the offices the list shows. */
  public List<String> codes() {
    return driver.findElements(By.cssSelector("table.offices tbody tr td:first-child a")).stream()
        .map(WebElement::getText)
        .toList();
  }

  private void type(String id, String text) {
    WebElement field = driver.findElement(By.id(id));
    field.clear();
    field.sendKeys(text);
  }
}
