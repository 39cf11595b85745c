package org.meridian.it.pages;

import java.net.URI;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** The audit trail ({@code /admin/audit.xhtml}): office administrators' and HQ's. */
public final class AuditTrailPage extends ConsolePage {

  public AuditTrailPage(WebDriver driver, URI server) {
    super(driver, server);
  }

  /** Opens the audit trail by its address, as a bookmark would. */
  public static AuditTrailPage open(WebDriver driver, URI server) {
    AuditTrailPage page = new AuditTrailPage(driver, server);
    page.open("/admin/audit.xhtml");
    return page;
  }

  /** Why the signed-in person may not see the trail, as the page says it, or "". */
  public String notAllowed() {
    List<WebElement> notice = driver.findElements(By.id("not-allowed"));
    return notice.isEmpty() ? "" : notice.get(0).getText();
  }
}
