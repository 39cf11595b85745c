package org.meridian.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class SlugTest {

  @ParameterizedTest
  @ValueSource(strings = {"about-us", "news", "2024", "annual-report-2023", "a"})
  void acceptsLowerCaseWordsJoinedBySingleHyphens(String value) {
    assertThat(new Slug(value).value()).isEqualTo(value);
    assertThat(Slug.parse(value)).contains(new Slug(value));
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(
      strings = {
        "About-Us",
        "about us",
        "about--us",
        "-about",
        "about-",
        "about_us",
        "évènement",
        "../etc",
        "about/us"
      })
  void refusesAnyOtherShape(String value) {
    assertThatIllegalArgumentException().isThrownBy(() -> new Slug(value));
    assertThat(Slug.parse(value)).isEmpty();
  }

  @Test
  void isAtMostMaxLengthCharacters() {
    String longest = "a".repeat(Slug.MAX_LENGTH);

    assertThat(new Slug(longest).value()).hasSize(120);
    assertThatIllegalArgumentException().isThrownBy(() -> new Slug(longest + "a"));
    assertThat(Slug.parse(longest + "a")).isEmpty();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Événement à Dakar!|evenement-a-dakar",
        "About us|about-us",
        "  --Annual   report: 2023 --  |annual-report-2023",
        "Ça va? Ñandú & Çelik|ca-va-nandu-celik",
        "Rapport annuel 2023/2024|rapport-annuel-2023-2024",
        "Nos œuvres et l’Æther|nos-oeuvres-et-l-aether",
        "Straße in Łódź|strasse-in-lodz"
      })
  void fromTitleDropsAccentsAndJoinsWordsWithHyphens(String title, String slug) {
    assertThat(Slug.fromTitle(title).value()).isEqualTo(slug);
  }

  @Test
  void fromTitleCutsLongTitlesWithoutATrailingHyphen() {
    String title = "word ".repeat(40);

    Slug slug = Slug.fromTitle(title);

    assertThat(slug.value()).hasSizeLessThanOrEqualTo(Slug.MAX_LENGTH).doesNotEndWith("-");
    assertThat(slug.value()).startsWith("word-word-");
  }

  @Test
  void fromTitleCutsAtExactlyMaxLengthWhenTheCutFallsInAWord() {
    Slug slug = Slug.fromTitle("x".repeat(200));

    assertThat(slug.value()).isEqualTo("x".repeat(Slug.MAX_LENGTH));
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"   ", "!!!", "مرحبا"})
  void fromTitleRefusesTitlesWithoutLettersOrDigitsItCanUse(String title) {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Slug.fromTitle(title))
        .withMessageContaining("Cannot make a slug");
  }
}
