package org.meridian.it.pages;

import java.net.URI;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The console's sign-in page ({@code /admin/login.xhtml}). */
public final class SignInPage extends ConsolePage {

  public static final String WRONG = "The e-mail address or password is not right";
  public static final String PAUSED = "Too many failed attempts";

  public SignInPage(WebDriver driver, URI server) {
    super(driver, server);
  }

  /** Opens the console's front door: the sign-in page, as the console is for signed-in staff. */
  public static SignInPage openConsole(WebDriver driver, URI server) {
    SignInPage page = new SignInPage(driver, server);
    page.open("/admin/index.xhtml");
    page.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("j_username")));
    return page;
  }

  /** Types the e-mail address and password and presses "Sign in"; whatever page follows. */
  public void submit(String email, String password) {
    driver.findElement(By.id("j_username")).clear();
    driver.findElement(By.id("j_username")).sendKeys(email);
    driver.findElement(By.id("j_password")).sendKeys(password);
    pressAndWait(By.id("sign-in"));
  }

  /** Signs in and expects the console's content list. */
  public ContentListPage signInAs(String email, String password) {
    submit(email, password);
    waiting().until(ExpectedConditions.urlContains("/admin/index.xhtml"));
    return new ContentListPage(driver, server);
  }

  public boolean isShown() {
    return !driver.findElements(By.id("j_username")).isEmpty();
  }

  /** The sign-in page's error, e.g. {@link #WRONG} or {@link #PAUSED}, or "". */
  public String alert() {
    return driver.findElements(By.cssSelector("main .error, main [role=alert]")).stream()
        .map(e -> e.getText())
        .findFirst()
        .orElse("");
  }
}
