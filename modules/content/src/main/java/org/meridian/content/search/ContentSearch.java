package org.meridian.content.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.meridian.content.LiveItem;
import org.meridian.content.LiveQueries;
import org.meridian.tenancy.TenantContext;
import org.meridian.tenancy.office.LanguageTag;
import org.meridian.tenancy.office.OfficeRef;

/**
 * Searches the current office's content: its live items in one language for the public, its items'
 * latest revisions (drafts included) for editors. Never another office's: the office comes from
 * {@link TenantContext}, which fails closed when none was resolved.
 *
 * <p>One transaction, one connection: the engines' SQL is native, and EclipseLink begins the
 * database transaction for native SQL, so the search holds a connection to the end; the items it
 * found are then read on that same connection ({@code OfficeData.readOnlyQuery}). They used to be
 * read, read-only, on a second one, and 32 concurrent searches took the whole pool that way and
 * waited for each other for ever (OneConnectionAtATimeIT).
 */
@ApplicationScoped
@Transactional
public class ContentSearch {

  @Inject private TenantContext tenant;
  @Inject private SearchEngine engine;
  @Inject private LiveQueries content;

  /** Page {@code page} (from 1) of the live items in {@code language} that match {@code query}. */
  public LiveResults live(LanguageTag language, SearchQuery query, int page, int pageSize) {
    if (page < 1 || pageSize < 1) {
      throw new IllegalArgumentException("Pages are numbered from 1");
    }
    long officeId = tenant.require().id();
    long offset = (long) (page - 1) * pageSize;
    if (query.isEmpty()) {
      return new LiveResults(List.of(), 0, page, pageSize);
    }
    SearchPage found =
        engine.search(
            officeId,
            Variant.LIVE,
            language,
            query,
            (int) Math.min(Integer.MAX_VALUE, offset),
            pageSize);
    Map<Long, LiveItem> items =
        content.findLive(found.matches().stream().map(SearchMatch::itemId).toList());
    List<LiveHit> hits = new ArrayList<>();
    for (SearchMatch match : found.matches()) {
      LiveItem item = items.get(match.itemId());
      if (item != null && item.language().equals(language.value())) {
        hits.add(new LiveHit(item, match.snippetHtml()));
      }
    }
    return new LiveResults(hits, found.total(), page, pageSize);
  }

  /**
   * The ids of the office's items whose latest revision (draft or not) matches {@code query}, best
   * first, in {@code language} or ({@code null}) in any of the office's languages.
   */
  public List<SearchMatch> forEditors(SearchQuery query, LanguageTag language, int limit) {
    OfficeRef office = tenant.require();
    if (query.isEmpty()) {
      return List.of();
    }
    List<LanguageTag> languages = language == null ? office.languages() : List.of(language);
    List<SearchMatch> all = new ArrayList<>();
    for (LanguageTag each : languages) {
      all.addAll(engine.search(office.id(), Variant.LATEST, each, query, 0, limit).matches());
    }
    all.sort(Comparator.comparingDouble(SearchMatch::rank).reversed());
    return all.size() > limit ? List.copyOf(all.subList(0, limit)) : List.copyOf(all);
  }
}
