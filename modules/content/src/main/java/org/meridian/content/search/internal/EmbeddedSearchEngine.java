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
 * highlighted in Java. Words are folded ({@link Words#fold}) before they are stemmed, in documents
 * and queries alike. Queries are read as {@link SearchQuery} says (alternatives, phrases, prefixes,
 * negations), as on PostgreSQL: phrases are checked on the text of the documents that have their
 * words.
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
    List<List<Stemmed>> alternatives = new ArrayList<>();
    for (List<SearchQuery.Clause> alternative : query.alternatives()) {
      alternatives.add(
          alternative.stream()
              .map(c -> new Stemmed(c.words().stream().map(stem).toList(), c.prefix(), c.negated()))
              .toList());
    }
    if (alternatives.isEmpty()) {
      return SearchPage.NONE;
    }
    Set<String> exact = new LinkedHashSet<>();
    Set<String> prefixes = new LinkedHashSet<>();
    Set<String> wanted = new LinkedHashSet<>();
    for (List<Stemmed> alternative : alternatives) {
      for (Stemmed clause : alternative) {
        (clause.prefix() ? prefixes : exact).addAll(clause.stems());
        if (!clause.negated()) {
          wanted.addAll(clause.stems());
        }
      }
    }
    List<Object> parameters = new ArrayList<>(List.of(officeId, variant.name(), language.value()));
    List<String> terms = new ArrayList<>();
    if (!exact.isEmpty()) {
      terms.add("t.term in (" + NativeSql.placeholders(4, exact.size()) + ")");
      parameters.addAll(exact);
    }
    for (String prefix : prefixes) {
      parameters.add(prefix + "%");
      terms.add("t.term like ?" + parameters.size());
    }
    Map<Long, Map<String, Integer>> found = new LinkedHashMap<>();
    for (Object[] row :
        sql.rows(
            "select t.item_id, t.term, t.score from search_term t"
                + " join content_item i on i.id = t.item_id and i.office_id = t.office_id"
                + " where t.office_id = ?1 and t.variant = ?2 and t.language = ?3"
                + " and ("
                + String.join(" or ", terms)
                + ") and i.trashed_at is null"
                + (variant == Variant.LIVE ? " and i.live_revision_id is not null" : ""),
            parameters)) {
      found
          .computeIfAbsent(((Number) row[0]).longValue(), id -> new HashMap<>())
          .put(String.valueOf(row[1]), ((Number) row[2]).intValue());
    }
    // Phrases need the words' order, which search_term does not keep: the documents that have
    // every word of a phrase are read and checked.
    Set<Long> toRead = new LinkedHashSet<>();
    found.forEach(
        (id, has) -> {
          if (matches(alternatives, has, null) == null) {
            toRead.add(id);
          }
        });
    Map<Long, List<String>> sequences = sequences(officeId, variant, toRead, stem);
    Map<Long, Integer> scores = new HashMap<>();
    found.forEach(
        (id, has) -> {
          if (Boolean.TRUE.equals(matches(alternatives, has, sequences.get(id)))) {
            int score = 0;
            for (Map.Entry<String, Integer> term : has.entrySet()) {
              if (wanted.contains(term.getKey())
                  || prefixes.stream().anyMatch(term.getKey()::startsWith)) {
                score += term.getValue();
              }
            }
            scores.put(id, score);
          }
        });
    long total = scores.size();
    if (total == 0 || offset >= total) {
      return new SearchPage(List.of(), total);
    }
    List<Long> page =
        scores.keySet().stream()
            .sorted(
                java.util.Comparator.comparing((Long id) -> scores.get(id))
                    .thenComparing(id -> id)
                    .reversed())
            .skip(Math.max(0, offset))
            .limit(Math.max(0, limit))
            .toList();
    Map<Long, String> texts =
        page.isEmpty() ? Map.of() : texts(officeId, variant, Set.copyOf(page));
    java.util.function.Predicate<String> highlight = Queries.highlights(query, stem);
    List<SearchMatch> matches = new ArrayList<>();
    for (Long id : page) {
      matches.add(
          new SearchMatch(
              id, scores.get(id), Snippets.highlight(texts.getOrDefault(id, ""), highlight)));
    }
    return new SearchPage(matches, total);
  }

  /** A clause of the query with its words stemmed. */
  private record Stemmed(List<String> stems, boolean prefix, boolean negated) {}

  /**
   * Whether a document having the stems {@code has} matches one of the alternatives; null when that
   * depends on a phrase and {@code sequence} (the document's stems in order) is not known.
   */
  private static Boolean matches(
      List<List<Stemmed>> alternatives, Map<String, Integer> has, List<String> sequence) {
    boolean unknown = false;
    for (List<Stemmed> alternative : alternatives) {
      Boolean all = Boolean.TRUE;
      for (Stemmed clause : alternative) {
        Boolean found = found(clause, has, sequence);
        Boolean ok = found == null ? null : found != clause.negated();
        if (Boolean.FALSE.equals(ok)) {
          all = Boolean.FALSE;
          break;
        }
        if (ok == null) {
          all = null;
        }
      }
      if (Boolean.TRUE.equals(all)) {
        return true;
      }
      unknown |= all == null;
    }
    return unknown ? null : false;
  }

  private static Boolean found(Stemmed clause, Map<String, Integer> has, List<String> sequence) {
    if (clause.prefix()) {
      String prefix = clause.stems().get(0);
      return has.keySet().stream().anyMatch(t -> t.startsWith(prefix));
    }
    if (!has.keySet().containsAll(clause.stems())) {
      return false;
    }
    if (clause.stems().size() == 1) {
      return true;
    }
    return sequence == null
        ? null
        : java.util.Collections.indexOfSubList(sequence, clause.stems()) >= 0;
  }

  /**
   * The stems of the documents {@code ids} in order, title, summary and body one after the other
   * (as PostgreSQL's positions run on from one to the next).
   */
  private Map<Long, List<String>> sequences(
      long officeId, Variant variant, Set<Long> ids, UnaryOperator<String> stem) {
    if (ids.isEmpty()) {
      return Map.of();
    }
    List<Object> parameters = new ArrayList<>(List.of(officeId, variant.name()));
    parameters.addAll(ids);
    Map<Long, List<String>> sequences = new HashMap<>();
    for (Object[] row :
        sql.rows(
            "select item_id, title, summary, body from search_document where office_id = ?1"
                + " and variant = ?2 and item_id in ("
                + NativeSql.placeholders(3, ids.size())
                + ")",
            parameters)) {
      List<String> stems = new ArrayList<>();
      for (int i = 1; i <= 3; i++) {
        Words.of(text(row[i])).forEach(w -> stems.add(stem.apply(w)));
      }
      sequences.put(((Number) row[0]).longValue(), stems);
    }
    return sequences;
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
