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
  @ValueSource(strings = {"   ", "\t\n"})
  void fromTitleRefusesEmptyTitles(String title) {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Slug.fromTitle(title))
        .withMessageContaining("Cannot make a slug");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        // Arabic, Cyrillic, Greek, Chinese (pinyin), Amharic (Ethiopic), Hebrew, Hindi, Korean.
        "مرحبا بالعالم|mrhba-balalm",
        "Привет, мир|privet-mir",
        "Новости офиса в Москве|novosti-ofisa-v-moskve",
        "Γειά σου Κόσμε|geia-sou-kosme",
        "中国移民|zhong-guo-yi-min",
        "ሰላም ለዓለም|salam-laalam",
        "שלום עולם|slwm-wlm",
        "नमस्ते दुनिया|namaste-duniya",
        "안녕하세요|annyeonghaseyo",
        "Отчёт 2024: миграция|otcet-2024-migracia"
      })
  void fromTitleTransliteratesOtherScripts(String title, String slug) {
    assertThat(Slug.fromTitle(title).value()).isEqualTo(slug);
  }

  @ParameterizedTest
  @ValueSource(strings = {"!!!", "👍🎉", "ⴰⵣⵓⵍ", "ꦲꦏ꧀ꦱꦫ", "—"})
  void fromTitleNeverGivesAnEmptySlug(String title) {
    Slug slug = Slug.fromTitle(title);

    assertThat(slug.value()).matches("item-[0-9a-f]{8}");
    assertThat(Slug.fromTitle(title)).as("the same title, the same slug").isEqualTo(slug);
    assertThat(Slug.fromTitle(title + "!")).isNotEqualTo(slug);
  }

  @Test
  void fromTitleKeepsLongTransliteratedTitlesWithinTheLimit() {
    Slug slug = Slug.fromTitle("Миграция и развитие в Западной Африке ".repeat(10));

    assertThat(slug.value())
        .hasSizeLessThanOrEqualTo(Slug.MAX_LENGTH)
        .startsWith("migracia-i-razvitie-v-zapadnoj-afrike-")
        .doesNotEndWith("-");
  }

  @Test
  void numberedCandidatesFitWithinTheLimit() {
    assertThat(new Slug("about-us").numbered(2).value()).isEqualTo("about-us-2");
    assertThat(new Slug("about-us").numbered(17).value()).isEqualTo("about-us-17");
    Slug longest = new Slug("x".repeat(Slug.MAX_LENGTH));
    assertThat(longest.numbered(10).value())
        .hasSize(Slug.MAX_LENGTH)
        .isEqualTo("x".repeat(Slug.MAX_LENGTH - 3) + "-10");
    assertThatIllegalArgumentException().isThrownBy(() -> longest.numbered(1));
  }

  @org.junit.jupiter.api.Test
  void anAddressMadeFromATitleIsToldFromOneSomebodyChose() {
    org.assertj.core.api.Assertions.assertThat(
            new Slug("network-report").madeFrom("Network report"))
        .isTrue();
    org.assertj.core.api.Assertions.assertThat(
            new Slug("network-report-3").madeFrom("Network report"))
        .isTrue();
    org.assertj.core.api.Assertions.assertThat(new Slug("our-report").madeFrom("Network report"))
        .isFalse();
    org.assertj.core.api.Assertions.assertThat(
            new Slug("network-report-2030").madeFrom("Network report"))
        .as("a year somebody typed is not a candidate number")
        .isFalse();
    org.assertj.core.api.Assertions.assertThat(new Slug("network-report").madeFrom(" ")).isFalse();
  }
}
