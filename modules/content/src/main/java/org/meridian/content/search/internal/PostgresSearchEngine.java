package org.meridian.content.search.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
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
 * PostgreSQL's text search: each document carries a tsvector in its language's configuration
 * ({@link TextConfigs}) with the title weighted A, the summary B and the body C, under a GIN index.
 * What people type goes through {@code websearch_to_tsquery}, which accepts any text (quotes, "or"
 * and a leading minus mean what they mean on a web search engine; nothing is a syntax error);
 * {@code ts_rank} orders the matches and {@code ts_headline} cuts their snippets, marked with
 * private-use characters that {@link Snippets#fromMarked} turns into escaped HTML.
 */
public class PostgresSearchEngine implements SearchEngine {

  private static final String HEADLINE_OPTIONS =
      "StartSel="
          + Snippets.START
          + ", StopSel="
          + Snippets.STOP
          + ", MaxWords=35, MinWords=15, ShortWord=3, MaxFragments=2, FragmentDelimiter=\" … \"";

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
    // Each parameter appears once (title, summary and body feed both their column and the vector
    // through the derived table): no reliance on a driver repeating a numbered parameter.
    sql.update(
        "insert into search_document (office_id, item_id, variant, language, revision_number,"
            + " title, summary, body, indexed_at, search_vector)"
            + " select v.office_id, v.item_id, v.variant, v.language, v.revision_number,"
            + " v.title, v.summary, v.body, v.indexed_at,"
            + " setweight(to_tsvector(v.cfg, v.title), 'A')"
            + " || setweight(to_tsvector(v.cfg, v.summary), 'B')"
            + " || setweight(to_tsvector(v.cfg, v.body), 'C')"
            + " from (select cast(?1 as bigint) as office_id, cast(?2 as bigint) as item_id,"
            + " cast(?3 as varchar) as variant, cast(?4 as varchar) as language,"
            + " cast(?5 as integer) as revision_number, cast(?6 as text) as title,"
            + " cast(?7 as text) as summary, cast(?8 as text) as body,"
            + " cast(?9 as regconfig) as cfg,"
            + " cast(?10 as timestamp with time zone) as indexed_at) v",
        d.officeId(),
        d.itemId(),
        d.variant().name(),
        d.language().value(),
        d.revision(),
        title,
        summary,
        body,
        config,
        OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC));
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
        List.of(configs.of(language), query.text(), officeId, variant.name(), language.value());
    String words =
        "with c as (select cast(?1 as regconfig) as cfg),"
            + " q as (select c.cfg, websearch_to_tsquery(c.cfg, cast(?2 as text)) as query"
            + " from c) ";
    String matching =
        " from search_document d cross join q"
            + " join content_item i on i.id = d.item_id and i.office_id = d.office_id"
            + " where d.office_id = ?3 and d.variant = ?4 and d.language = ?5"
            + " and d.search_vector @@ q.query"
            + " and i.trashed_at is null"
            + (variant == Variant.LIVE ? " and i.live_revision_id is not null" : "");
    long total = sql.count(words + "select count(*)" + matching, parameters);
    if (total == 0 || offset >= total) {
      return new SearchPage(List.of(), total);
    }
    List<Object> withOptions = new ArrayList<>(parameters);
    withOptions.add(HEADLINE_OPTIONS);
    // Rank and cut the page first, then draw headlines (the costly part) for its rows only.
    List<Object[]> rows =
        sql.rows(
            words
                + "select p.item_id, p.rank, ts_headline(q.cfg, p.text, q.query, cast(?6 as text))"
                + " from (select d.item_id, ts_rank(d.search_vector, q.query) as rank,"
                + " case when d.summary = '' then d.body else d.summary || ' — ' || d.body end"
                + " as text"
                + matching
                + " order by rank desc, d.item_id desc limit "
                + Math.max(0, limit)
                + " offset "
                + Math.max(0, offset)
                + ") p cross join q order by p.rank desc, p.item_id desc",
            withOptions);
    Map<Long, SearchMatch> matches = new LinkedHashMap<>();
    for (Object[] row : rows) {
      long id = ((Number) row[0]).longValue();
      matches.put(
          id,
          new SearchMatch(
              id, ((Number) row[1]).doubleValue(), Snippets.fromMarked(String.valueOf(row[2]))));
    }
    return new SearchPage(List.copyOf(matches.values()), total);
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
