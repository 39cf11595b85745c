package org.meridian.it;

import jakarta.json.Json;
import jakarta.json.JsonStructure;
import java.io.StringReader;

/** Parses response bodies. */
final class JsonBodies {

  private JsonBodies() {}

  static JsonStructure parse(String body) {
    try (var reader = Json.createReader(new StringReader(body))) {
      return reader.read();
    }
  }
}
