package org.meridian.tenancy.office;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class LanguageListConverterTest {

  private final LanguageListConverter converter = new LanguageListConverter();

  private static List<LanguageTag> langs(String... tags) {
    return java.util.Arrays.stream(tags).map(LanguageTag::new).toList();
  }

  @Test
  void storesTheTagsInOrderSeparatedByCommas() {
    assertThat(converter.convertToDatabaseColumn(langs("fr", "en", "ar"))).isEqualTo("fr,en,ar");
  }

  @Test
  void roundTripKeepsOrderAndNormalisedTags() {
    List<LanguageTag> languages = langs("fr", "pt-br", "ar");

    String column = converter.convertToDatabaseColumn(languages);

    assertThat(column).isEqualTo("fr,pt-BR,ar");
    assertThat(converter.convertToEntityAttribute(column)).isEqualTo(languages);
  }

  @Test
  void readsTagsWithSpacesAroundThem() {
    assertThat(converter.convertToEntityAttribute(" en , fr ")).isEqualTo(langs("en", "fr"));
  }

  @Test
  void emptyValuesMeanNoLanguages() {
    assertThat(converter.convertToDatabaseColumn(null)).isEmpty();
    assertThat(converter.convertToDatabaseColumn(List.of())).isEmpty();
    assertThat(converter.convertToEntityAttribute(null)).isEmpty();
    assertThat(converter.convertToEntityAttribute(" ")).isEmpty();
  }

  @Test
  void readListCanBeChangedByTheEntity() {
    List<LanguageTag> read = converter.convertToEntityAttribute("en");

    read.add(new LanguageTag("fr"));

    assertThat(read).isEqualTo(langs("en", "fr"));
  }
}
