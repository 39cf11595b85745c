package org.meridian.it;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A Faces form as a browser submits it: every input the page rendered (the view state included),
 * the values the test types, and the button it presses.
 */
final class FacesForm {

  private final String action;
  private final Map<String, String> fields = new LinkedHashMap<>();

  private FacesForm(Element form) {
    this.action = form.attr("action");
    for (Element input : form.select("input")) {
      String type = input.attr("type");
      if (!type.equals("submit") && !input.attr("name").isEmpty()) {
        fields.put(input.attr("name"), input.attr("value"));
      }
    }
  }

  /** The form with id {@code formId} on the page; fails when the page has none. */
  static FacesForm on(HttpResponse<String> page, String formId) {
    Document document = Jsoup.parse(page.body());
    Element form = document.getElementById(formId);
    if (form == null || !form.tagName().equals("form")) {
      throw new AssertionError("No form #" + formId + " on " + page.uri() + ":\n" + page.body());
    }
    return new FacesForm(form);
  }

  /** Types {@code value} into the field with the short id {@code field} (form id prefixed). */
  FacesForm with(String formId, String field, String value) {
    fields.put(formId + ":" + field, value);
    return this;
  }

  /** Presses the button {@code formId:button} and follows any redirect. */
  HttpResponse<String> press(Browser browser, String formId, String button) {
    Map<String, String> submitted = new LinkedHashMap<>(fields);
    submitted.put(formId + ":" + button, "pressed");
    return browser.follow(browser.postForm(action, submitted));
  }
}
