package org.meridian.content.search.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.meridian.content.search.IndexedDocument;
import org.meridian.content.search.SearchEngine;
import org.meridian.content.search.SearchMatch;
import org.meridian.content.search.SearchPage;
import org.meridian.content.search.SearchQuery;
import org.meridian.content.search.Variant;
import org.meridian.tenancy.office.LanguageTag;

/**
 * The search of the embedded database, which has no text search of its own: each document's words
 * are stemmed in Java ({@link Stemmers}) and kept in {@code search_term} with a score per stem
 * (title {@value #TITLE}, summary {@value #SUMMARY}, body {@value #BODY} per occurrence, the body's
 * capped at {@value #BODY_CAP} so that repeating a word does not buy a rank). A search finds the
 * documents that have every stem asked for, ranked by their summed scores; snippets are cut and
 * highlighted in Java.
 */
public class EmbeddedSearchEngine implements SearchEngine {

  static final int TITLE = 10;
  static final int SUMMARY = 3;
  static final int BODY = 1;
  static final int BODY_CAP = 5;

  /** At most this many different stems of one document are kept. */
  static final int MAX_TERMS = 3000;

  private static final int ROWS_PER_INSERT = 100;

  private final NativeSql sql;
  private final Clock clock;

  public EmbeddedSearchEngine(NativeSql sql, Clock clock) {
    this.sql = sql;
    this.clock = clock;
  }

  @Override
  public void put(IndexedDocument d) {
    remove(d.officeId(), d.itemId(), d.variant());
    sql.update(
        "insert into search_document (office_id, item_id, variant, language, revision_number,"
            + " title, summary, body, indexed_at)"
            + " values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
        d.officeId(),
        d.itemId(),
        d.variant().name(),
        d.language().value(),
        d.revision(),
        Words.storable(d.title()),
        Words.storable(d.summary()),
        Words.storable(d.body()),
        OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC));
    List<Map.Entry<String, Integer>> terms = new ArrayList<>(scores(d).entrySet());
    for (int from = 0; from < terms.size(); from += ROWS_PER_INSERT) {
      List<Map.Entry<String, Integer>> chunk =
          terms.subList(from, Math.min(terms.size(), from + ROWS_PER_INSERT));
      StringBuilder insert =
          new StringBuilder(
              "insert into search_term (office_id, item_id, variant, language, term, score)"
                  + " values ");
      List<Object> parameters = new ArrayList<>();
      for (Map.Entry<String, Integer> term : chunk) {
        int n = parameters.size();
        insert
            .append(n == 0 ? "" : ", ")
            .append('(')
            .append(NativeSql.placeholders(n + 1, 6))
            .append(')');
        parameters.addAll(
            List.of(
                d.officeId(),
                d.itemId(),
                d.variant().name(),
                d.language().value(),
                term.getKey(),
                term.getValue()));
      }
      sql.update(insert.toString(), parameters);
    }
  }

  /** The score of each stem of a document. */
  static Map<String, Integer> scores(IndexedDocument d) {
    UnaryOperator<String> stem = Stemmers.of(d.language());
    Map<String, Integer> title = count(d.title(), stem);
    Map<String, Integer> summary = count(d.summary(), stem);
    Map<String, Integer> body = count(d.body(), stem);
    Map<String, Integer> scores = new LinkedHashMap<>();
    title.forEach((t, n) -> scores.merge(t, n * TITLE, Integer::sum));
    summary.forEach((t, n) -> scores.merge(t, n * SUMMARY, Integer::sum));
    body.forEach((t, n) -> scores.merge(t, Math.min(n, BODY_CAP) * BODY, Integer::sum));
    if (scores.size() <= MAX_TERMS) {
      return scores;
    }
    Map<String, Integer> kept = new LinkedHashMap<>();
    scores.entrySet().stream().limit(MAX_TERMS).forEach(e -> kept.put(e.getKey(), e.getValue()));
    return kept;
  }

  private static Map<String, Integer> count(String text, UnaryOperator<String> stem) {
    Map<String, Integer> counts = new HashMap<>();
    for (String word : Words.of(text)) {
      counts.merge(stem.apply(word), 1, Integer::sum);
    }
    return counts;
  }

  @Override
  public void remove(long officeId, long itemId, Variant variant) {
    String which = variant == null ? "" : " and variant = ?3";
    Object[] parameters =
        variant == null
            ? new Object[] {officeId, itemId}
            : new Object[] {officeId, itemId, variant.name()};
    sql.update("delete from search_term where office_id = ?1 and item_id = ?2" + which, parameters);
    sql.update(
        "delete from search_document where office_id = ?1 and item_id = ?2" + which, parameters);
  }

  @Override
  public SearchPage search(
      long officeId,
      Variant variant,
      LanguageTag language,
      SearchQuery query,
      int offset,
      int limit) {
    UnaryOperator<String> stem = Stemmers.of(language);
    Set<String> stems = new LinkedHashSet<>();
    query.words().forEach(w -> stems.add(stem.apply(w)));
    if (stems.isEmpty()) {
      return SearchPage.NONE;
    }
    List<Object> parameters = new ArrayList<>(List.of(officeId, variant.name(), language.value()));
    parameters.addAll(stems);
    String matching =
        "select t.item_id, sum(t.score) as score from search_term t"
            + " join content_item i on i.id = t.item_id and i.office_id = t.office_id"
            + " where t.office_id = ?1 and t.variant = ?2 and t.language = ?3"
            + " and t.term in ("
            + NativeSql.placeholders(4, stems.size())
            + ") and i.trashed_at is null"
            + (variant == Variant.LIVE ? " and i.live_revision_id is not null" : "")
            + " group by t.item_id having count(*) = "
            + stems.size();
    long total = sql.count("select count(*) from (" + matching + ") m", parameters);
    if (total == 0 || offset >= total) {
      return new SearchPage(List.of(), total);
    }
    List<Object[]> rows =
        sql.rows(
            matching
                + " order by score desc, t.item_id desc limit "
                + Math.max(0, limit)
                + " offset "
                + Math.max(0, offset),
            parameters);
    Map<Long, Double> ranked = new LinkedHashMap<>();
    rows.forEach(r -> ranked.put(((Number) r[0]).longValue(), ((Number) r[1]).doubleValue()));
    Map<Long, String> texts = texts(officeId, variant, ranked.keySet());
    List<SearchMatch> matches = new ArrayList<>();
    ranked.forEach(
        (id, score) ->
            matches.add(
                new SearchMatch(
                    id,
                    score,
                    Snippets.highlight(
                        texts.getOrDefault(id, ""), word -> stems.contains(stem.apply(word))))));
    return new SearchPage(matches, total);
  }

  /** The summary and body of the documents {@code ids}, for their snippets. */
  private Map<Long, String> texts(long officeId, Variant variant, Set<Long> ids) {
    List<Object> parameters = new ArrayList<>(List.of(officeId, variant.name()));
    parameters.addAll(ids);
    Map<Long, String> texts = new HashMap<>();
    for (Object[] row :
        sql.rows(
            "select item_id, summary, body from search_document where office_id = ?1"
                + " and variant = ?2 and item_id in ("
                + NativeSql.placeholders(3, ids.size())
                + ")",
            parameters)) {
      String summary = String.valueOf(row[1]);
      String body = text(row[2]);
      texts.put(((Number) row[0]).longValue(), summary.isEmpty() ? body : summary + " — " + body);
    }
    return texts;
  }

  /** A text column's value: H2 may return a CLOB for {@code text}. */
  static String text(Object value) {
    if (value == null) {
      return "";
    }
    if (value instanceof java.sql.Clob clob) {
      try {
        return clob.getSubString(1, (int) Math.min(Integer.MAX_VALUE, clob.length()));
      } catch (java.sql.SQLException e) {
        throw new IllegalStateException("Could not read a search document", e);
      }
    }
    return value.toString();
  }

  @Override
  public long size() {
    return sql.count("select count(*) from search_document", List.of());
  }

  @Override
  public String describe() {
    return "embedded search (Snowball stems in Java, search_term)";
  }
}
