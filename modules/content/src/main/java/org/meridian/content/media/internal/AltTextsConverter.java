package org.meridian.content.media.internal;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.io.StringReader;
import java.util.LinkedHashMap;
import java.util.Map;
import org.meridian.content.media.AltTexts;

/** Stores an image's alt texts by language as a JSON object: {@code {"fr":"…","ar":"…"}}. */
@Converter
public class AltTextsConverter implements AttributeConverter<AltTexts, String> {

  @Override
  public String convertToDatabaseColumn(AltTexts texts) {
    JsonObjectBuilder json = Json.createObjectBuilder();
    if (texts != null) {
      texts.byLanguage().forEach(json::add);
    }
    return json.build().toString();
  }

  @Override
  public AltTexts convertToEntityAttribute(String column) {
    if (column == null || column.isBlank()) {
      return AltTexts.NONE;
    }
    try (var reader = Json.createReader(new StringReader(column))) {
      JsonObject object = reader.readObject();
      Map<String, String> texts = new LinkedHashMap<>();
      object.forEach(
          (language, value) -> {
            if (value.getValueType() == JsonValue.ValueType.STRING) {
              texts.put(language, ((JsonString) value).getString());
            }
          });
      return new AltTexts(texts);
    }
  }
}
