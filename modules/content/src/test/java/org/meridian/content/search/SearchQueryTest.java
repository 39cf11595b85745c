package org.meridian.content.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SearchQueryTest {

  @Test
  void keepsWordsAndDropsMarkupAndControlCharacters() {
    SearchQuery query = SearchQuery.of("  <b>Climate</b>\u0000 &amp; \u202emigration\t ");
    assertEquals("b Climate /b amp; migration", query.text());
    assertEquals(List.of("b", "climate", "amp", "migration"), query.words());
  }

  @Test
  void operatorsAreJustSeparators() {
    assertEquals(List.of("news", "1"), SearchQuery.of("news' OR 1=1 --").words());
    assertEquals(List.of("a", "b"), SearchQuery.of("a:* & !b | (").words());
    assertTrue(SearchQuery.of("!!&|:*()-\"'").isEmpty());
  }

  @Test
  void emptyAndMissingQueriesSearchNothing() {
    assertTrue(SearchQuery.of(null).isEmpty());
    assertTrue(SearchQuery.of("   ").isEmpty());
    assertEquals("", SearchQuery.of(null).text());
  }

  @Test
  void refusesLongQueries() {
    assertEquals(200, SearchQuery.of("a".repeat(200)).text().length());
    assertThrows(SearchQueryException.class, () -> SearchQuery.of("a".repeat(201)));
    assertThrows(SearchQueryException.class, () -> SearchQuery.of("x".repeat(10_240)));
  }

  @Test
  void searchesAtMostTwelveDifferentWords() {
    SearchQuery query = SearchQuery.of("a b c d e f g h i j k l m n a b");
    assertEquals(SearchQuery.MAX_WORDS, query.words().size());
    assertEquals(List.of("x"), SearchQuery.of("x X x").words());
  }

  @Test
  void normalisesCompatibilityForms() {
    assertEquals(List.of("file", "2"), SearchQuery.of("ﬁle ２").words());
  }

  private static SearchQuery.Clause word(String word) {
    return new SearchQuery.Clause(List.of(word), false, false);
  }

  @Test
  void readsOrAsAlternativesOfEverythingAroundIt() {
    assertEquals(
        List.of(List.of(word("a"), word("b")), List.of(word("c"), word("d"))),
        SearchQuery.of("a b OR c d").alternatives());
    assertEquals(List.of(List.of(word("a"))), SearchQuery.of("or a or").alternatives());
  }

  @Test
  void readsPhrasesPrefixesAndMinusSigns() {
    assertEquals(
        List.of(
            List.of(
                new SearchQuery.Clause(List.of("eau", "potable"), false, false),
                new SearchQuery.Clause(List.of("reinteg"), true, false),
                new SearchQuery.Clause(List.of("senegal"), false, true),
                new SearchQuery.Clause(List.of("l", "ete"), false, true),
                word("ab"))),
        SearchQuery.of("\"Eau Potable\" réintég* -Sénégal -\"l'été\" ab*").alternatives());
  }

  @Test
  void anUnclosedQuoteRunsToTheEnd() {
    assertEquals(
        List.of(List.of(new SearchQuery.Clause(List.of("a", "b"), false, false))),
        SearchQuery.of("\"a b").alternatives());
  }

  @Test
  void alternativesWithNothingToFindAreDropped() {
    assertTrue(SearchQuery.of("-water").isEmpty());
    assertEquals(List.of(List.of(word("a"))), SearchQuery.of("-b or a").alternatives());
    assertEquals(List.of("a"), SearchQuery.of("a -b").words());
  }
}
