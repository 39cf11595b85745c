package org.meridian.tenancy.office;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** Stores an ordered list of language tags as {@code en,fr,ar}. */
@Converter
public class LanguageListConverter implements AttributeConverter<List<LanguageTag>, String> {

  @Override
  public String convertToDatabaseColumn(List<LanguageTag> languages) {
    return languages == null
        ? ""
        : languages.stream().map(LanguageTag::value).collect(Collectors.joining(","));
  }

  @Override
  public List<LanguageTag> convertToEntityAttribute(String column) {
    if (column == null || column.isBlank()) {
      return new java.util.ArrayList<>();
    }
    return new java.util.ArrayList<>(
        Arrays.stream(column.split(",")).map(String::strip).map(LanguageTag::new).toList());
  }
}
