package org.meridian.content.taxonomy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ThemeCodeTest {

  @ParameterizedTest
  @ValueSource(strings = {"migration", "climate-action", "sdg13", "ab"})
  void acceptsLowerCaseWordsJoinedByHyphens(String code) {
    assertThat(new ThemeCode(code).value()).isEqualTo(code);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "a",
        "Migration",
        "13-climate",
        "climate--action",
        "-climate",
        "climate-",
        "clé"
      })
  void refusesAnythingElseWithAMessage(String code) {
    assertThatThrownBy(() -> new ThemeCode(code))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("theme code");
    assertThat(ThemeCode.parse(code)).isEmpty();
  }

  @org.junit.jupiter.api.Test
  void refusesOverlongCodes() {
    assertThat(ThemeCode.parse("a".repeat(40))).isPresent();
    assertThat(ThemeCode.parse("a".repeat(41))).isEmpty();
    assertThat(ThemeCode.parse(null)).isEmpty();
  }
}
