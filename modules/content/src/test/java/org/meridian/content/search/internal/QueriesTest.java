package org.meridian.content.search.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.meridian.content.search.SearchQuery;
import org.meridian.tenancy.office.LanguageTag;

class QueriesTest {

  @Test
  void writesTheQueryAsQuotedTsqueryWords() {
    assertEquals(
        "(('a') & ('b')) | (('eau' <-> 'potable') & ('migr':*) & !('senegal'))",
        Queries.tsquery(SearchQuery.of("a b or \"eau potable\" migr* -Sénégal")));
  }

  @Test
  void nothingTypedBecomesTsquerySyntax() {
    assertEquals("(('a') & ('b') & ('c'))", Queries.tsquery(SearchQuery.of("a:* & !b | (c)")));
    // A quote in the text only cuts words: words are letters, digits and marks.
    assertEquals("(('or') & ('1' <-> '1'))", Queries.tsquery(SearchQuery.of("' or' 1=1 --")));
  }

  @Test
  void highlightsTheWordsAskedForInAnyFormButNotThoseAfterAMinus() {
    Predicate<String> marks =
        Queries.highlights(
            SearchQuery.of("échange reinteg* -migrants"), Stemmers.of(new LanguageTag("fr")));
    assertTrue(marks.test(Words.key("Échanges")));
    assertTrue(marks.test(Words.key("réintégration")));
    assertFalse(marks.test(Words.key("migrants")));
  }
}
