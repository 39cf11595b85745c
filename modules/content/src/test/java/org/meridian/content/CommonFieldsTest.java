package org.meridian.content;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The common fields as stored: texts on one line, an image's description only with an image. */
class CommonFieldsTest {

  @Test
  void textsAreStrippedAndEachRunOfWhiteSpaceIsOneSpace() {
    CommonFields common =
        new CommonFields(
            7L, "  Boats \n on\tthe   river ", false, "\tFor  search\n\nengines ", null);

    assertThat(common.heroAlt()).isEqualTo("Boats on the river");
    assertThat(common.seoDescription()).isEqualTo("For search engines");
  }

  @Test
  void noTextIsAnEmptyText() {
    CommonFields common = new CommonFields(7L, null, false, null, null);

    assertThat(common.heroAlt()).isEmpty();
    assertThat(common.seoDescription()).isEmpty();
    assertThat(new CommonFields(7L, " \n ", false, "\t", null).seoDescription()).isEmpty();
  }

  @Test
  void withoutAnImageThereIsNoDescriptionOfOneAndItIsNotDecorative() {
    CommonFields common = new CommonFields(null, "A picture", true, "", null);

    assertThat(common.heroAlt()).isEmpty();
    assertThat(common.heroDecorative()).isFalse();
  }
}
