package org.meridian.tenancy.office;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class OfficeCodeTest {

  @ParameterizedTest
  @ValueSource(
      strings = {"hq", "gambia", "cote-d-ivoire", "r2", "a1234567890123456789012345678901234567x"})
  void acceptsLowerCaseLettersDigitsAndHyphensStartingWithALetter(String value) {
    assertThat(new OfficeCode(value).value()).isEqualTo(value);
    assertThat(OfficeCode.parse(value)).contains(new OfficeCode(value));
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(
      strings = {
        "a",
        "Gambia",
        "GAMBIA",
        "9lives",
        "-gambia",
        "gam bia",
        "gam_bia",
        "..",
        "é-t",
        "gambia/",
        "abcdefghijabcdefghijabcdefghijabcdefghijk"
      })
  void refusesAnythingElse(String value) {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new OfficeCode(value))
        .withMessageContaining("office code");
    assertThat(OfficeCode.parse(value)).isEmpty();
  }

  @Test
  void fortyCharactersIsTheLongestCode() {
    String forty = "a" + "b".repeat(39);

    assertThat(OfficeCode.parse(forty)).isPresent();
    assertThat(OfficeCode.parse(forty + "c")).isEmpty();
  }

  @Test
  void codesWithTheSameValueAreEqual() {
    assertThat(new OfficeCode("gambia")).isEqualTo(new OfficeCode("gambia"));
    assertThat(new OfficeCode("gambia")).hasToString("gambia");
  }
}
