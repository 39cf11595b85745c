package org.meridian.tenancy.office;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class LanguageTagTest {

  @ParameterizedTest
  @CsvSource({"en,en", "EN,en", "fr,fr", "pt-br,pt-BR", "PT-BR,pt-BR", "zh-hant-tw,zh-Hant-TW"})
  void normalisesToTheCanonicalForm(String text, String canonical) {
    assertThat(new LanguageTag(text).value()).isEqualTo(canonical);
  }

  @Test
  void differentlyCasedTagsAreEqualOnceNormalised() {
    assertThat(new LanguageTag("pt-br")).isEqualTo(new LanguageTag("pt-BR"));
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {" ", "12", "en-", "pt_BR", "en us", "x-private", "<script>", "../en"})
  void refusesWhatIsNotALanguageTag(String text) {
    assertThatIllegalArgumentException().isThrownBy(() -> new LanguageTag(text));
    assertThat(LanguageTag.parse(text)).isEmpty();
  }

  @Test
  void refusesOverlongTags() {
    String longTag = "en" + "-abcdefgh".repeat(4);

    assertThat(longTag).hasSizeGreaterThan(35);
    assertThat(LanguageTag.parse(longTag)).isEmpty();
  }

  @Test
  void parseReturnsTheNormalisedTag() {
    assertThat(LanguageTag.parse("pt-br")).map(LanguageTag::value).contains("pt-BR");
  }

  @ParameterizedTest
  @ValueSource(strings = {"ar", "ar-EG", "fa", "he", "ur"})
  void rightToLeftLanguagesAreRtl(String text) {
    assertThat(new LanguageTag(text).direction()).isEqualTo("rtl");
  }

  @ParameterizedTest
  @ValueSource(strings = {"en", "fr", "pt-BR", "wo"})
  void otherLanguagesAreLtr(String text) {
    assertThat(new LanguageTag(text).direction()).isEqualTo("ltr");
  }

  @Test
  void localeIsTheTagsLocale() {
    assertThat(new LanguageTag("pt-br").locale()).isEqualTo(Locale.forLanguageTag("pt-BR"));
  }
}
