package org.meridian.it;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Submits a Faces form with a file the way a browser does: {@code multipart/form-data} with every
 * field of the form (the view state included), some of them changed, the file, and the pressed
 * button.
 */
final class MultipartForms {

  private MultipartForms() {}

  static HttpResponse<String> submit(
      Browser browser,
      Document page,
      String formId,
      String button,
      Map<String, String> changes,
      String fileField,
      String fileName,
      byte[] file) {
    Element form = page.getElementById(formId);
    if (form == null) {
      throw new AssertionError("No form #" + formId + " on the page:\n" + page.body().text());
    }
    Map<String, String> fields = new LinkedHashMap<>();
    for (Element input : form.select("input[name]")) {
      String type = input.attr("type");
      boolean unchecked = type.equals("checkbox") && !input.hasAttr("checked");
      if (!type.equals("submit") && !type.equals("button") && !type.equals("file") && !unchecked) {
        fields.put(input.attr("name"), input.attr("value"));
      }
    }
    for (Element area : form.select("textarea[name]")) {
      fields.put(area.attr("name"), area.text());
    }
    fields.putAll(changes);
    fields.values().removeIf(java.util.Objects::isNull);
    Element pressed = form.selectFirst("[name=\"" + button + "\"]");
    if (pressed == null) {
      throw new AssertionError("No button " + button + " in form #" + formId);
    }
    fields.put(button, pressed.attr("value"));

    String boundary = "----meridian" + System.nanoTime();
    byte[] body = body(boundary, fields, fileField, fileName, "image/jpeg", file);
    return browser.follow(
        browser.post(
            form.attr("action"), "multipart/form-data; boundary=" + boundary, body));
  }

  /**
   * A {@code multipart/form-data} body: {@code fields} as text parts, then the file as {@code
   * fileField} (none when {@code file} is null).
   */
  static byte[] body(
      String boundary,
      Map<String, String> fields,
      String fileField,
      String fileName,
      String contentType,
      byte[] file) {
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    fields.forEach(
        (name, value) ->
            body.writeBytes(
                ("--"
                        + boundary
                        + "\r\nContent-Disposition: form-data; name=\""
                        + name
                        + "\"\r\n\r\n"
                        + value
                        + "\r\n")
                    .getBytes(StandardCharsets.UTF_8)));
    if (file != null) {
      body.writeBytes(
          ("--"
                  + boundary
                  + "\r\nContent-Disposition: form-data; name=\""
                  + fileField
                  + "\"; filename=\""
                  + fileName
                  + "\"\r\nContent-Type: "
                  + contentType
                  + "\r\n\r\n")
              .getBytes(StandardCharsets.UTF_8));
      body.writeBytes(file);
      body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
    }
    body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    return body.toByteArray();
  }
}
