package org.meridian.site;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HtmlTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      value = {"&|&amp;", "<|&lt;", ">|&gt;", "\"|&quot;", "'|&#39;"})
  void escapesEachOfTheFiveCharacters(String raw, String escaped) {
    assertThat(Html.escape(raw)).isEqualTo(escaped);
  }

  @Test
  void escapesAllOfThemInText() {
    assertThat(Html.escape("<a href=\"x\" title='y'>Tom & Jerry</a>"))
        .isEqualTo("&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;Tom &amp; Jerry&lt;/a&gt;");
  }

  @Test
  void escapesAnAmpersandOnlyOnce() {
    assertThat(Html.escape("&lt;")).isEqualTo("&amp;lt;");
  }

  @Test
  void leavesOtherTextAlone() {
    assertThat(Html.escape("Sénégal — مرحبا 2024")).isEqualTo("Sénégal — مرحبا 2024");
  }

  @Test
  void nullIsEmpty() {
    assertThat(Html.escape(null)).isEmpty();
    assertThat(Html.escape("")).isEmpty();
  }
}
