package org.meridian.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import org.jsoup.nodes.Document;

/**
 * A person using the console with a browser of their own (cookies, no scripts), signed in with the
 * demo password on the first page they open.
 */
class ConsolePerson {

  final Browser browser = new Browser(MeridianServer.server());
  final String email;
  private boolean signedIn;

  ConsolePerson(String email) {
    this.email = email;
  }

  /** Opens a console page; it must answer 200. */
  Document open(String path) {
    if (!signedIn) {
      signedIn = true;
      return FacesForms.signedInAt(browser, email, path);
    }
    HttpResponse<String> page = browser.get(path);
    assertThat(page.statusCode()).as(path).isEqualTo(200);
    return FacesForms.parse(page);
  }

  /** Submits {@code formId} of {@code page} by pressing {@code button} with {@code values}. */
  Document press(Document page, String formId, String button, Map<String, String> values) {
    return FacesForms.parse(FacesForms.submit(browser, page, formId, button, values));
  }

  /** The same, for a button named after its form ({@code form:button}). */
  Document press(Document page, String button, Map<String, String> values) {
    return press(page, button.substring(0, button.indexOf(':')), button, values);
  }
}
