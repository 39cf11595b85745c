package org.meridian.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.meridian.site.view.Words;

/** Every word of the public site exists in every language, with the same places to fill. */
class SiteWordsTest {

  private static final Pattern PLACES = Pattern.compile("%[sd]");

  private static List<String> places(String word) {
    Matcher m = PLACES.matcher(word);
    List<String> found = new java.util.ArrayList<>();
    while (m.find()) {
      found.add(m.group());
    }
    return found;
  }

  @ParameterizedTest
  @ValueSource(strings = {"fr", "ar", "es", "pt"})
  void everyKeyExistsInEveryLanguageWithTheSamePlaces(String language) {
    Words english = Words.of("en");
    Words other = Words.of(language);

    assertThat(other.language()).isEqualTo(language);
    assertThat(other.keys()).containsExactlyInAnyOrderElementsOf(english.keys());
    for (String key : english.keys()) {
      assertThat(other.get(key)).as("%s in %s", key, language).isNotBlank();
      assertThat(places(other.get(key)))
          .as("%s in %s", key, language)
          .isEqualTo(places(english.get(key)));
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"fr", "ar", "es", "pt"})
  void theWordsAreTranslatedNotCopied(String language) {
    Words english = Words.of("en");
    Words other = Words.of(language);
    long same = english.keys().stream().filter(k -> english.get(k).equals(other.get(k))).count();
    // A few words are the same in several languages: Page, Contact, Publications, Menu…
    assertThat(same).as("words left in English in %s", language).isLessThan(10);
  }

  @ParameterizedTest
  @ValueSource(strings = {"de", "sw", "zh-Hans", "pt-BR", "ES"})
  void aLanguageWithoutWordsGetsEnglishOrItsOwnPrimaryLanguage(String tag) {
    String expected =
        List.of("pt", "es").contains(tag.substring(0, 2).toLowerCase())
            ? tag.substring(0, 2).toLowerCase()
            : "en";
    assertThat(Words.of(tag).language()).isEqualTo(expected);
    assertThat(Words.speaks(tag)).isEqualTo(!expected.equals("en"));
  }
}
