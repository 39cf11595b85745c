package org.meridian.content.search.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.meridian.content.search.IndexedDocument;
import org.meridian.content.search.SearchEngine;
import org.meridian.content.search.SearchMatch;
import org.meridian.content.search.SearchPage;
import org.meridian.content.search.SearchQuery;
import org.meridian.content.search.Variant;
import org.meridian.tenancy.office.LanguageTag;

/**
 * What both search engines do, on the real migration (V17, and V17_1 on PostgreSQL) over a schema
 * with just enough of {@code office} and {@code content_item} for the engines' joins.
 */
abstract class SearchEngineContract {

  static final long GAMBIA = 1;
  static final long SENEGAL = 2;
  static final LanguageTag EN = new LanguageTag("en");
  static final LanguageTag FR = new LanguageTag("fr");

  /** The engine under test, over a schema prepared by {@link #prepare}. */
  abstract SearchEngine engine();

  abstract JdbcSql sql();

  static void prepare(JdbcSql sql, boolean postgres) throws IOException {
    sql.execute("create table office (id bigint primary key)");
    sql.execute(
        "create table content_item (id bigint primary key, office_id bigint not null,"
            + " trashed_at timestamp with time zone, live_revision_id bigint)");
    migrate(sql, "migration/V17__search_index.sql");
    if (postgres) {
      migrate(sql, "postgresql/V17_1__search_vectors.sql");
    }
    sql.execute("insert into office (id) values (1)");
    sql.execute("insert into office (id) values (2)");
  }

  private static void migrate(JdbcSql sql, String file) throws IOException {
    Path path = Path.of("../app/src/main/resources/db").resolve(file);
    StringBuilder text = new StringBuilder();
    for (String line : Files.readAllLines(path)) {
      if (!line.strip().startsWith("--")) {
        text.append(line).append('\n');
      }
    }
    for (String statement : text.toString().split(";")) {
      if (!statement.isBlank()) {
        sql.execute(statement);
      }
    }
  }

  private long nextItem = 100;

  /** A live item of {@code office} in {@code language}, indexed as live and latest. */
  long live(long office, LanguageTag language, String title, String summary, String body) {
    long id = nextItem++;
    sql()
        .update(
            "insert into content_item (id, office_id, live_revision_id) values (?1, ?2, ?3)",
            id,
            office,
            id * 10);
    for (Variant variant : Variant.values()) {
      engine().put(new IndexedDocument(office, id, variant, language, 1, title, summary, body));
    }
    return id;
  }

  /** A draft: only its latest revision is indexed. */
  long draft(long office, LanguageTag language, String title, String body) {
    long id = nextItem++;
    sql().update("insert into content_item (id, office_id) values (?1, ?2)", id, office);
    engine().put(new IndexedDocument(office, id, Variant.LATEST, language, 1, title, "", body));
    return id;
  }

  SearchPage find(long office, Variant variant, LanguageTag language, String words) {
    return engine().search(office, variant, language, SearchQuery.of(words), 0, 10);
  }

  static List<Long> ids(SearchPage page) {
    return page.matches().stream().map(SearchMatch::itemId).toList();
  }

  @Test
  void findsAnItemByAnotherFormOfItsWordsInItsLanguage() {
    long item =
        live(GAMBIA, EN, "Farmers adapt", "", "Rural communities are adapting to droughts.");
    long french =
        live(GAMBIA, FR, "Les migrations", "", "Les agriculteurs s'adaptent aux sécheresses.");
    assertEquals(List.of(item), ids(find(GAMBIA, Variant.LIVE, EN, "community adaptation")));
    assertEquals(List.of(french), ids(find(GAMBIA, Variant.LIVE, FR, "agriculteur migration")));
    assertEquals(List.of(), ids(find(GAMBIA, Variant.LIVE, FR, "communities")));
  }

  @Test
  void ranksTitleMatchesAboveBodyMatches() {
    long inBody =
        live(GAMBIA, EN, "A report", "", "This report is about water in every village we know.");
    long inTitle = live(GAMBIA, EN, "Clean water for schools", "", "Pupils drink safely.");
    assertEquals(List.of(inTitle, inBody), ids(find(GAMBIA, Variant.LIVE, EN, "water")));
  }

  @Test
  void needsEveryWord() {
    long both = live(GAMBIA, EN, "Border health", "", "Health checks at the border.");
    live(GAMBIA, EN, "Health week", "", "A week about health.");
    assertEquals(List.of(both), ids(find(GAMBIA, Variant.LIVE, EN, "health border")));
  }

  @Test
  void neverFindsAnotherOfficesItems() {
    long gambia = live(GAMBIA, EN, "Remittances report", "", "Money sent home.");
    long senegal = live(SENEGAL, EN, "Remittances report", "", "Money sent home.");
    assertEquals(List.of(gambia), ids(find(GAMBIA, Variant.LIVE, EN, "remittances")));
    assertEquals(List.of(senegal), ids(find(SENEGAL, Variant.LATEST, EN, "remittances")));
  }

  @Test
  void draftsAreFoundOnlyAmongLatestRevisions() {
    long draft = draft(GAMBIA, EN, "Unannounced evaluation", "Secret plans.");
    assertEquals(List.of(), ids(find(GAMBIA, Variant.LIVE, EN, "evaluation")));
    assertEquals(List.of(draft), ids(find(GAMBIA, Variant.LATEST, EN, "evaluation")));
  }

  @Test
  void itemsInTheTrashOrOfflineAreNotFound() {
    long item = live(GAMBIA, EN, "Trashed campaign", "", "Old words.");
    sql().update("update content_item set trashed_at = current_timestamp where id = ?1", item);
    assertEquals(List.of(), ids(find(GAMBIA, Variant.LATEST, EN, "campaign")));
    long offline = live(GAMBIA, EN, "Offline bulletin", "", "Words.");
    sql().update("update content_item set live_revision_id = null where id = ?1", offline);
    assertEquals(List.of(), ids(find(GAMBIA, Variant.LIVE, EN, "bulletin")));
  }

  @Test
  void removingAndReplacingDocumentsChangesWhatIsFound() {
    long item = live(GAMBIA, EN, "Harvest festival", "", "Music.");
    engine()
        .put(
            new IndexedDocument(
                GAMBIA, item, Variant.LATEST, EN, 2, "Planting festival", "", "Music."));
    assertEquals(List.of(), ids(find(GAMBIA, Variant.LATEST, EN, "harvest")));
    assertEquals(List.of(item), ids(find(GAMBIA, Variant.LIVE, EN, "harvest")));
    engine().remove(GAMBIA, item, Variant.LIVE);
    assertEquals(List.of(), ids(find(GAMBIA, Variant.LIVE, EN, "harvest")));
    // Another office cannot remove it.
    engine().remove(SENEGAL, item, null);
    assertEquals(List.of(item), ids(find(GAMBIA, Variant.LATEST, EN, "planting")));
    engine().remove(GAMBIA, item, null);
    assertEquals(List.of(), ids(find(GAMBIA, Variant.LATEST, EN, "planting")));
  }

  @Test
  void snippetsMarkTheMatchesAndEscapeTheText() {
    live(
        GAMBIA,
        EN,
        "Scripts",
        "",
        "An editor wrote <script>alert('x')</script> about irrigation & pumps.");
    SearchPage page = find(GAMBIA, Variant.LIVE, EN, "irrigation");
    String snippet = page.matches().get(0).snippetHtml();
    assertTrue(snippet.contains("<mark>irrigation</mark>"), snippet);
    assertFalse(snippet.contains("<script"), snippet);
    // Text that looks like markup is escaped (embedded) or left out (PostgreSQL's headline parser
    // drops what it reads as tags): either way it is never markup.
    assertTrue(snippet.contains("&lt;script&gt;") || !snippet.contains("script"), snippet);
    assertEquals(
        snippet.replace("<mark>", "").replace("</mark>", "").indexOf('<'), -1, "only marks");
  }

  @Test
  void hostileQueriesFindNothingAndBreakNothing() {
    live(GAMBIA, EN, "Ordinary news", "", "Ordinary words.");
    for (String hostile :
        List.of(
            "' or 1=1 --",
            "!!&|:*()",
            "news & !",
            "\"unclosed",
            "<script>alert(1)</script>",
            "-news",
            "a:* | b:*",
            ")))(((",
            "\\")) {
      SearchPage page = find(GAMBIA, Variant.LIVE, EN, hostile);
      for (SearchMatch match : page.matches()) {
        assertFalse(match.snippetHtml().contains("<script"), hostile);
      }
    }
    assertEquals(0, find(GAMBIA, Variant.LIVE, EN, "' or 1=1 --").total());
  }

  @Test
  void pagesThroughMatchesAndCountsThemAll() {
    for (int i = 0; i < 12; i++) {
      live(GAMBIA, EN, "Mobility story " + i, "", "Stories.");
    }
    SearchQuery query = SearchQuery.of("mobility");
    SearchPage first = engine().search(GAMBIA, Variant.LIVE, EN, query, 0, 10);
    SearchPage second = engine().search(GAMBIA, Variant.LIVE, EN, query, 10, 10);
    SearchPage beyond = engine().search(GAMBIA, Variant.LIVE, EN, query, 9_999_990, 10);
    assertEquals(12, first.total());
    assertEquals(10, first.matches().size());
    assertEquals(2, second.matches().size());
    assertEquals(0, beyond.matches().size());
  }
}
