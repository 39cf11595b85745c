package org.meridian.it;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Submits a Faces form the way a browser would: every field of the form, some of them changed. */
final class FacesForms {

  private FacesForms() {}

  static HttpResponse<String> submit(
      Browser browser, Document page, String formId, String button, Map<String, String> changes) {
    Element form = page.getElementById(formId);
    if (form == null) {
      throw new AssertionError("No form #" + formId + " on the page:\n" + page.body().text());
    }
    Map<String, String> fields = new LinkedHashMap<>();
    for (Element input : form.select("input[name]")) {
      String type = input.attr("type");
      if (!type.equals("submit") && !type.equals("button")) {
        fields.put(input.attr("name"), input.attr("value"));
      }
    }
    for (Element area : form.select("textarea[name]")) {
      fields.put(area.attr("name"), area.text());
    }
    for (Element select : form.select("select[name]")) {
      Element chosen = select.selectFirst("option[selected]");
      if (chosen == null) {
        chosen = select.selectFirst("option");
      }
      fields.put(select.attr("name"), chosen == null ? "" : chosen.attr("value"));
    }
    fields.putAll(changes);
    Element submit = form.selectFirst("[name=" + cssEscape(button) + "]");
    if (submit == null) {
      throw new AssertionError("No button " + button + " in form #" + formId);
    }
    fields.put(button, submit.attr("value"));
    return browser.follow(browser.postForm(form.attr("action"), fields));
  }

  /** Signs in with the demo password on the way to {@code path} and returns that console page. */
  static Document signedInAt(Browser browser, String email, String path) {
    browser.get(path);
    browser.postForm(
        "/j_security_check",
        SignIn.form(browser, email, MeridianServer.DEMO_PASSWORD));
    HttpResponse<String> page = browser.get(path);
    if (page.statusCode() != 200) {
      throw new AssertionError(email + " could not open " + path + ": " + page.statusCode());
    }
    return parse(page);
  }

  static Document parse(HttpResponse<String> response) {
    return Jsoup.parse(response.body());
  }

  private static String cssEscape(String name) {
    return "\"" + name + "\"";
  }
}
