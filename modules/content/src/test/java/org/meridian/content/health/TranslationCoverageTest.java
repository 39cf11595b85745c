package org.meridian.content.health;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.meridian.content.health.TranslationCoverage.LiveVersion;

class TranslationCoverageTest {

  @Test
  void aSetMissingALanguageIsNamedByItsSource() {
    List<LiveVersion> live =
        List.of(
            new LiveVersion(1, "Floods", "fr", null),
            new LiveVersion(2, "Floods (en)", "en", 1L),
            new LiveVersion(3, "Jobs", "fr", null));

    List<MissingTranslation> missing = TranslationCoverage.missing(live, List.of("fr", "en"));

    assertThat(missing)
        .singleElement()
        .isEqualTo(new MissingTranslation(3, "Jobs", "fr", List.of("en")));
  }

  @Test
  void aLiveTranslationWhoseSourceIsNotLiveStillNamesItsSet() {
    List<MissingTranslation> missing =
        TranslationCoverage.missing(
            List.of(new LiveVersion(7, "Only English", "en", 5L)), List.of("fr", "en", "wo"));

    assertThat(missing)
        .singleElement()
        .isEqualTo(new MissingTranslation(7, "Only English", "en", List.of("fr", "wo")));
  }

  @Test
  void anOfficeWithOneLanguageMissesNothing() {
    assertThat(
            TranslationCoverage.missing(
                List.of(new LiveVersion(1, "A", "en", null)), List.of("en")))
        .isEmpty();
  }
}
