package org.meridian.content.search.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

class SnippetsTest {

  @Test
  void marksMatchingWordsAndEscapesEverythingElse() {
    String html =
        Snippets.highlight(
            "Say <script>alert(\"x\")</script> & water's fine",
            Set.of("water", "script")::contains);
    assertEquals(
        "Say &lt;<mark>script</mark>&gt;alert(&quot;x&quot;)&lt;/<mark>script</mark>&gt; &amp;"
            + " <mark>water</mark>&#39;s fine",
        html);
  }

  @Test
  void showsTheWordsAroundTheFirstMatch() {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < 100; i++) {
      text.append("word").append(i).append(' ');
    }
    text.append("needle and more words after it");
    String html = Snippets.highlight(text.toString(), "needle"::equals);
    assertTrue(html.startsWith("… word92 "), html);
    assertTrue(html.contains("<mark>needle</mark>"), html);
    assertFalse(html.contains("word91 "), html);
  }

  @Test
  void cutsLongTextWithoutAMatchAtItsBeginning() {
    String html = Snippets.highlight("one two three ".repeat(20), w -> false);
    assertTrue(html.startsWith("one two three"), html);
    assertTrue(html.endsWith(" …"), html);
  }

  @Test
  void marksWordsWrittenWithOtherAccents() {
    assertEquals(
        "La <mark>réintégration</mark> au <mark>Sénégal</mark>",
        Snippets.highlight(
            "La réintégration au Sénégal", w -> w.equals("reintegration") || w.equals("senegal")));
  }
}
