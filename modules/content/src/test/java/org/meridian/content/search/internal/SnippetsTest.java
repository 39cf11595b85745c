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

  /**
   * Where a snippet ends, as a table: the match at word {@code match} of {@code words} numbered
   * words ("w0 w1 …", ending in {@code tail}); the snippet shows 8 words before the match and 30 in
   * all, and says it is cut when anything follows its last word (the text is read only that far).
   */
  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.CsvSource(
      delimiter = '|',
      value = {
        "30 | 0  | ''  | w0 | w29 | false",
        "31 | 0  | ''  | w0 | w29 | true",
        "30 | 0  | '.' | w0 | w29 | true",
        "38 | 8  | ''  | w0 | w29 | true",
        "38 | 9  | ''  | … w1 | w30 | true",
        "39 | 9  | ''  | … w1 | w30 | true",
        "40 | 39 | ''  | … w31 | w39 | false",
        "40 | 39 | '!' | … w31 | w39! | false",
      })
  void endsWhereTheSnippetEnds(
      int words, int match, String tail, String starts, String lastWord, boolean cut) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < words; i++) {
      text.append(i == 0 ? "" : " ").append('w').append(i);
    }
    text.append(tail);
    String html = Snippets.highlight(text.toString(), ("w" + match)::equals);
    assertTrue(html.contains("<mark>w" + match + "</mark>"), html);
    String shown = html.replace("<mark>", "").replace("</mark>", "");
    assertTrue(shown.startsWith(starts + " "), html);
    assertEquals(cut, shown.endsWith(" …"), html);
    assertTrue(shown.replace(" …", "").endsWith(lastWord), html);
  }

  @Test
  void asksForTheVerdictOnAWordOnce() {
    java.util.Map<String, Integer> asked = new java.util.HashMap<>();
    Snippets.highlight(
        "water and water and more water ".repeat(10),
        word -> {
          asked.merge(word, 1, Integer::sum);
          return word.equals("more");
        });
    assertEquals(java.util.Map.of("water", 1, "and", 1, "more", 1), asked);
  }
}
