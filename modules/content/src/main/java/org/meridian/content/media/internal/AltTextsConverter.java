package org.meridian.content.media.internal;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
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
    return AltTexts.fromJson(column);
  }
}
