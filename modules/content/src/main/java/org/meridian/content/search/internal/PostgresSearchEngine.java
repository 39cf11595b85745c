package org.meridian.content.search.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.meridian.content.search.IndexedDocument;
import org.meridian.content.search.SearchEngine;
import org.meridian.content.search.SearchMatch;
import org.meridian.content.search.SearchPage;
import org.meridian.content.search.SearchQuery;
import org.meridian.content.search.Variant;
import org.meridian.tenancy.office.LanguageTag;

/**
 * PostgreSQL's text search: each document carries a tsvector of its folded text ({@link
 * Words#fold}) in its language's configuration ({@link TextConfigs}) with the title weighted A, the
 * summary B and the body C, under a GIN index. What people type is read by {@link SearchQuery} (the
 * same reading as the embedded engine's) and handed to {@code to_tsquery} as quoted words joined by
 * operators ({@link Queries#tsquery}): nothing typed is a syntax error. {@code ts_rank} orders the
 * matches; snippets are cut in Java ({@link Snippets#highlight}).
 */
public class PostgresSearchEngine implements SearchEngine {

  private final NativeSql sql;
  private final TextConfigs configs;
  private final Clock clock;

  public PostgresSearchEngine(NativeSql sql, TextConfigs configs, Clock clock) {
    this.sql = sql;
    this.configs = configs;
    this.clock = clock;
  }

  @Override
  public void put(IndexedDocument d) {
    remove(d.officeId(), d.itemId(), d.variant());
    String config = configs.of(d.language());
    String title = Words.storable(d.title());
    String summary = Words.storable(d.summary());
    String body = Words.storable(d.body());
    // The columns keep the text as written (snippets show it); the vector is made of the folded
    // text, as the query is (no unaccent extension needed). Each parameter appears once: no
    // reliance on a driver repeating a numbered parameter.
    sql.update(
        "insert into search_document (office_id, item_id, variant, language, revision_number,"
            + " title, summary, body, indexed_at, search_vector)"
            + " select v.office_id, v.item_id, v.variant, v.language, v.revision_number,"
            + " v.title, v.summary, v.body, v.indexed_at,"
            + " setweight(to_tsvector(v.cfg, v.folded_title), 'A')"
            + " || setweight(to_tsvector(v.cfg, v.folded_summary), 'B')"
            + " || setweight(to_tsvector(v.cfg, v.folded_body), 'C')"
            + " from (select cast(?1 as bigint) as office_id, cast(?2 as bigint) as item_id,"
            + " cast(?3 as varchar) as variant, cast(?4 as varchar) as language,"
            + " cast(?5 as integer) as revision_number, cast(?6 as text) as title,"
            + " cast(?7 as text) as summary, cast(?8 as text) as body,"
            + " cast(?9 as regconfig) as cfg,"
            + " cast(?10 as timestamp with time zone) as indexed_at,"
            + " cast(?11 as text) as folded_title, cast(?12 as text) as folded_summary,"
            + " cast(?13 as text) as folded_body) v",
        d.officeId(),
        d.itemId(),
        d.variant().name(),
        d.language().value(),
        d.revision(),
        title,
        summary,
        body,
        config,
        OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC),
        Words.fold(title),
        Words.fold(summary),
        Words.fold(body));
  }

  @Override
  public void remove(long officeId, long itemId, Variant variant) {
    if (variant == null) {
      sql.update(
          "delete from search_document where office_id = ?1 and item_id = ?2", officeId, itemId);
    } else {
      sql.update(
          "delete from search_document where office_id = ?1 and item_id = ?2 and variant = ?3",
          officeId,
          itemId,
          variant.name());
    }
  }

  @Override
  public SearchPage search(
      long officeId,
      Variant variant,
      LanguageTag language,
      SearchQuery query,
      int offset,
      int limit) {
    if (query.isEmpty()) {
      return SearchPage.NONE;
    }
    List<Object> parameters =
        List.of(Queries.tsquery(query), officeId, variant.name(), language.value());
    // The configuration is written into the statement (a name of TextConfigs' table, never what
    // people type) so that to_tsquery, immutable with a constant configuration, is evaluated once
    // when the statement is planned; cast from a parameter it stayed a call for every document.
    String words = "to_tsquery(" + configs.literal(language) + ", cast(?1 as text))";
    String matching =
        " from search_document d"
            + " join content_item i on i.id = d.item_id and i.office_id = d.office_id"
            + " where d.office_id = ?2 and d.variant = ?3 and d.language = ?4"
            + " and d.search_vector @@ "
            + words
            + " and i.trashed_at is null"
            + (variant == Variant.LIVE ? " and i.live_revision_id is not null" : "");
    // A plan for these values, not the driver's prepared statement's generic plan: that one
    // cannot see how many documents the words match, guessed one, and joined the office's
    // matches to their items one by one (6 ms at 1,000 matches instead of 1.5; bench/README.md).
    // With the words known the planner reads the office's documents through their index when
    // the words are common and through the GIN index when they are rare.
    sql.update("set local plan_cache_mode = force_custom_plan");
    // One pass over the matches: each is ranked once (the materialized "m"), counted and cut to the
    // page in the same statement; the page's text is read afterwards for its ten rows only. (A
    // count and then a ranked page cost two passes, and the page's query evaluated its text for
    // every match before the sort kept ten.)
    List<Object[]> rows =
        sql.rows(
            "with m as materialized (select d.item_id, ts_rank(d.search_vector, "
                + words
                + ") as rank"
                + matching
                + ") select m.item_id, m.rank, (select count(*) from m) from m"
                + " order by m.rank desc, m.item_id desc limit "
                + Math.max(0, limit)
                + " offset "
                + Math.max(0, offset),
            parameters);
    long total =
        rows.isEmpty()
            ? (offset == 0 && limit > 0 ? 0 : sql.count("select count(*)" + matching, parameters))
            : ((Number) rows.get(0)[2]).longValue();
    if (rows.isEmpty()) {
      return new SearchPage(List.of(), total);
    }
    List<Ranked> page =
        rows.stream()
            .map(row -> new Ranked(((Number) row[0]).longValue(), ((Number) row[1]).doubleValue()))
            .toList();
    Map<Long, String> texts = texts(officeId, variant, page);
    // Snippets are cut in Java, as on the embedded database: ts_headline would compare the words
    // of the text as written (accents and all) with the folded query.
    java.util.function.Predicate<String> highlight =
        Queries.highlights(query, Stemmers.of(language));
    Map<Long, SearchMatch> matches = new LinkedHashMap<>();
    for (Ranked each : page) {
      matches.put(
          each.itemId(),
          new SearchMatch(
              each.itemId(),
              each.rank(),
              Snippets.highlight(texts.getOrDefault(each.itemId(), ""), highlight)));
    }
    return new SearchPage(List.copyOf(matches.values()), total);
  }

  /** A match of the page and its rank. */
  private record Ranked(long itemId, double rank) {}

  /** The summary and body of the page's documents, for their snippets. */
  private Map<Long, String> texts(long officeId, Variant variant, List<Ranked> page) {
    if (page.isEmpty()) {
      return Map.of();
    }
    List<Object> parameters = new ArrayList<>(List.of(officeId, variant.name()));
    page.forEach(each -> parameters.add(each.itemId()));
    Map<Long, String> texts = new HashMap<>();
    for (Object[] row :
        sql.rows(
            "select item_id, case when summary = '' then body else summary || ' — ' || body end"
                + " from search_document where office_id = ?1 and variant = ?2 and item_id in ("
                + NativeSql.placeholders(3, page.size())
                + ")",
            parameters)) {
      texts.put(((Number) row[0]).longValue(), EmbeddedSearchEngine.text(row[1]));
    }
    return texts;
  }

  @Override
  public long size() {
    return sql.count("select count(*) from search_document", List.of());
  }

  @Override
  public String describe() {
    return "PostgreSQL text search (tsvector, GIN index)";
  }
}
