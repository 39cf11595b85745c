package org.meridian.site.view;

import gg.jte.TemplateOutput;
import jakarta.json.JsonObject;
import jakarta.json.JsonWriterFactory;
import java.io.StringWriter;
import java.util.Map;

/**
 * A schema.org JSON-LD block, written by JSON-P and made safe inside an HTML {@code <script>}
 * element: {@code <}, {@code >} and {@code &} become {@code \}{@code u003c}… (only strings can hold
 * them, where the escape means the same character), so no value can close the element; direction
 * overrides are taken out as everywhere else ({@link Templates#inert}).
 */
public final class JsonLd implements gg.jte.Content {

  private static final JsonWriterFactory WRITERS = jakarta.json.Json.createWriterFactory(Map.of());

  private final String json;

  public JsonLd(JsonObject object) {
    StringWriter out = new StringWriter(512);
    WRITERS.createWriter(out).write(object);
    this.json =
        Templates.inert(out.toString())
            .replace("<", "\\u003c")
            .replace(">", "\\u003e")
            .replace("&", "\\u0026");
  }

  /** The JSON text, safe in a script element. */
  public String json() {
    return json;
  }

  @Override
  public void writeTo(TemplateOutput output) {
    output.writeContent(json);
  }

  @Override
  public String toString() {
    return json;
  }
}
