package org.meridian.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ItemUpdateTest {

  @Test
  void aValidBodyGivesTheBaseRevisionAndTheFields() {
    ItemUpdate update =
        ItemUpdate.parse(
            "{\"basedOnRevision\":3,\"title\":\" New \",\"summary\":\"S\","
                + "\"body\":\"<p>T</p><script>x</script>\"}");

    assertThat(update.basedOnRevision()).isEqualTo(3);
    assertThat(update.input().title()).isEqualTo("New");
    assertThat(update.input().summary()).isEqualTo("S");
    assertThat(update.input().body()).isEqualTo("<p>T</p>");
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "{\"title\":\"T\"}                                 | basedOnRevision | is required",
        "{\"basedOnRevision\":null,\"title\":\"T\"}         | basedOnRevision | is required",
        "{\"basedOnRevision\":\"3\",\"title\":\"T\"}        | basedOnRevision | revision number",
        "{\"basedOnRevision\":0,\"title\":\"T\"}            | basedOnRevision | revision number",
        "{\"basedOnRevision\":1.5,\"title\":\"T\"}          | basedOnRevision | revision number",
        "{\"basedOnRevision\":1}                           | title           | required",
        "{\"basedOnRevision\":1,\"title\":\"T\",\"slug\":\"x\"} | slug         | Unknown field"
      })
  void everyRefusalNamesItsField(String body, String field, String message) {
    assertThatThrownBy(() -> ItemUpdate.parse(body))
        .isInstanceOfSatisfying(
            InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo(field))
        .hasMessageContaining(message);
  }

  @Test
  void aBodyThatIsNotAnObjectIsMalformed() {
    assertThatThrownBy(() -> ItemUpdate.parse("[1]")).isInstanceOf(MalformedBodyException.class);
  }
}
