package org.meridian.content;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RichTextBlocksTest {

  @Test
  void givesTheWordsOfEachBlockWithoutMarkup() {
    assertThat(
            RichTextBlocks.of(
                "<h2>Title</h2><p>One <a href=\"https://x.org\">link</a> &amp; more</p>"
                    + "<ul><li>first</li><li>second\n  line</li></ul><blockquote>Said</blockquote>"))
        .containsExactly("Title", "One link & more", "first", "second line", "Said");
  }

  @Test
  void imagesCountWithTheirAltTextAndEmptyBlocksAreLeftOut() {
    assertThat(RichTextBlocks.of("<p> </p><p>See <img src=\"a.png\" alt=\"a well\"> here</p>"))
        .containsExactly("See [image: a well] here");
  }

  @Test
  void nothingGivesNoBlocks() {
    assertThat(RichTextBlocks.of(null)).isEmpty();
    assertThat(RichTextBlocks.of("")).isEmpty();
  }
}
