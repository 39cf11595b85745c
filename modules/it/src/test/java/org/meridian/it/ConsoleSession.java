package org.meridian.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A person using the admin console over HTTP, as a browser without JavaScript would: signs in,
 * opens views and submits their Faces forms (hidden fields and view state included).
 */
final class ConsoleSession {

  private final Browser browser;

  private ConsoleSession(Browser browser) {
    this.browser = browser;
  }

  /** Signs a demo account in and returns its session. */
  static ConsoleSession signIn(String email) {
    return signIn(MeridianServer.server(), email);
  }

  /** Signs a demo account in on {@code server} (e.g. one of a test's own servers). */
  static ConsoleSession signIn(MeridianServer.Running server, String email) {
    Browser browser = new Browser(server);
    assertThat(browser.get("/admin/index.xhtml").statusCode()).isEqualTo(302);
    HttpResponse<String> signedIn =
        browser.follow(
            browser.postForm(
                "/j_security_check",
                SignIn.form(browser, email, MeridianServer.DEMO_PASSWORD)));
    assertThat(signedIn.uri().getPath())
        .as("signed in as %s", email)
        .isEqualTo("/admin/index.xhtml");
    return new ConsoleSession(browser);
  }

  /** The browser that holds this session (its cookies). */
  Browser browser() {
    return browser;
  }

  /** Requests any address of the console in this session, whatever it answers (e.g. a download). */
  HttpResponse<String> get(String path) {
    return browser.get(path);
  }

  /** Requests an address of the console with extra request headers (e.g. Accept-Language). */
  HttpResponse<String> get(String path, Map<String, String> headers) {
    return browser.get(path, headers);
  }

  /** Posts a body as it is (e.g. a form whose fields repeat) and follows any redirect. */
  HttpResponse<String> post(String path, String contentType, String body) {
    return browser.follow(
        browser.post(path, contentType, body.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
  }

  /** Opens a view; it must answer 200. */
  Document open(String path) {
    HttpResponse<String> response = browser.get(path);
    assertThat(response.statusCode()).as("status of %s", path).isEqualTo(200);
    return Jsoup.parse(response.body());
  }

  /**
   * Submits the form {@code formId} of {@code page} with its current values, changed by {@code
   * values} (keyed by field name, e.g. {@code issue:name}), by pressing the button {@code button}
   * (its name). Returns the page that follows.
   */
  Document submit(Document page, String formId, Map<String, String> values, String button) {
    HttpResponse<String> response = press(page, formId, values, button);
    assertThat(response.statusCode()).as("status after pressing %s", button).isEqualTo(200);
    return Jsoup.parse(response.body());
  }

  /**
   * Like {@link #submit}, but returns the response the redirects lead to, whatever its status: for
   * actions that open another view ({@code response.uri()} says which).
   */
  HttpResponse<String> press(
      Document page, String formId, Map<String, String> values, String button) {
    Element form = page.getElementById(formId);
    assertThat(form).as("form %s", formId).isNotNull();
    Map<String, String> fields = new LinkedHashMap<>();
    for (Element input : form.select("input")) {
      String type = input.attr("type");
      boolean unchecked =
          (type.equals("radio") || type.equals("checkbox")) && !input.hasAttr("checked");
      if (!input.attr("name").isEmpty() && !type.equals("submit") && !unchecked) {
        fields.put(input.attr("name"), input.attr("value"));
      }
    }
    fields.putAll(values);
    Element pressed =
        form.select("input[type=submit]").stream()
            .filter(input -> input.attr("name").equals(button))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no button " + button + " in " + form));
    fields.put(button, pressed.attr("value"));
    return browser.follow(browser.postForm(form.attr("action"), fields));
  }
}
