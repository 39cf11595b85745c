package org.meridian.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.meridian.site.view.SearchView.Segment;

/**
 * A search snippet comes as escaped text with {@code <mark>} elements; it is read back into text
 * and marks, which the template escapes like any other text.
 */
class SearchSnippetsTest {

  @Test
  void escapedTextAndMarksBecomePlainTextAndMarkedStretches() {
    assertThat(SearchPages.segments("a &lt;b&gt; <mark>c&amp;d</mark> e &quot;f&#39;"))
        .containsExactly(
            new Segment("a <b> ", false), new Segment("c&d", true), new Segment(" e \"f'", false));
  }

  @Test
  void anythingButAMarkStaysText() {
    assertThat(SearchPages.segments("<mark>x</mark><script>y</script><mark>unclosed"))
        .containsExactly(
            new Segment("x", true), new Segment("<script>y</script><mark>unclosed", false));
    assertThat(SearchPages.segments("")).isEqualTo(List.of());
  }
}
