package org.meridian.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.meridian.content.ContentNotFoundException;
import org.meridian.content.ContentSummary;
import org.meridian.content.EditorFilter;
import org.meridian.content.EditorListQueries;
import org.meridian.content.EditorQueries;
import org.meridian.content.EditorSort;
import org.meridian.content.taxonomy.Classification;
import org.meridian.content.taxonomy.ItemTerms;
import org.meridian.content.taxonomy.TaxonomyQueries;
import org.meridian.content.translation.TranslationQueries;
import org.meridian.content.translation.TranslationState;
import org.meridian.tenancy.TenantContext;

/** The office's items as its token holders read them: one with its ETag, or a page of them. */
@RequestScoped
public class ItemReads {

  /** The largest page of the management list. */
  static final int MAX_SIZE = 500;

  @Inject private EditorQueries queries;
  @Inject private EditorListQueries list;
  @Inject private TranslationQueries translationQueries;
  @Inject private TaxonomyQueries taxonomy;
  @Inject private Classification classification;
  @Inject private TenantContext tenant;
  @Inject private java.time.Clock clock;

  /** The filters and order of the list, as the query string gives them. */
  record Query(
      String type,
      String language,
      String theme,
      String tag,
      String translation,
      String sort,
      String page,
      String size,
      String limit) {}

  /** One item with its text, type fields and {@code ETag} (its latest revision). */
  Response one(String code, long itemId) {
    ContentSummary item =
        queries
            .findForEditors(itemId)
            .orElseThrow(() -> ContentNotFoundException.item(Long.toString(itemId)));
    var editable = queries.findEditable(itemId).orElseThrow();
    ItemJson json =
        ItemJson.of(
            code,
            item,
            editable.latest(),
            editable.fields(),
            translationQueries.statesOf(List.of(itemId)).get(itemId),
            terms(List.of(item)).getOrDefault(itemId, ItemTerms.NONE));
    return Response.ok(json).tag(RevisionTags.of(item.latestRevision())).build();
  }

  /** One page of the office's items that pass the filters. */
  Response page(String code, Query query, UriBuilder here) {
    // 'limit' is the first version's name of the page size.
    Paging paging =
        Paging.of(query.page(), query.size() != null ? query.size() : query.limit(), 100, MAX_SIZE);
    var theme = ApiParameters.theme(query.theme());
    var tag = ApiParameters.tag(query.tag());
    taxonomy.requireKnown(theme, tag);
    EditorFilter filter =
        new EditorFilter(
            query.type() == null || query.type().isBlank()
                ? null
                : ApiParameters.type(query.type()),
            switch (ApiParameters.translation(query.translation())) {
              case ANY -> null;
              case OUTDATED -> EditorFilter.State.TRANSLATION_OUTDATED;
              case CURRENT -> EditorFilter.State.TRANSLATION_CURRENT;
            },
            ApiParameters.language(query.language()),
            theme.map(t -> t.value()).orElse(null),
            tag.map(t -> t.value()).orElse(null),
            null);
    var found =
        list.pageForEditors(
            filter, sort(query.sort()), LocalDate.now(clock), null, paging.first(), paging.size());
    paging = paging.withTotal(found.total());
    Paging.Pages pages = Paging.of(here);
    List<ContentSummary> items = found.items();
    Map<Long, TranslationState> states =
        translationQueries.statesOf(items.stream().map(ContentSummary::itemId).toList());
    var terms = terms(items);
    List<ItemJson> json =
        items.stream()
            .map(
                i ->
                    ItemJson.of(
                        code,
                        i,
                        null,
                        states.get(i.itemId()),
                        terms.getOrDefault(i.itemId(), ItemTerms.NONE)))
            .toList();
    var body =
        new OfficeItemsPage(
            code,
            paging.page(),
            paging.size(),
            paging.total(),
            paging.pages(),
            paging.next(pages),
            paging.prev(pages),
            json);
    return paging.linked(Response.ok(body), pages).build();
  }

  private Map<Long, ItemTerms> terms(List<ContentSummary> items) {
    return classification.of(
        items.stream().map(ContentSummary::itemId).toList(), tenant.require().defaultLanguage());
  }

  /**
   * {@code -updated} (most recently changed first, the default), {@code updated} (least recently
   * first), {@code title} (A to Z): JSON:API's convention, a minus for descending.
   */
  static EditorSort sort(String text) {
    if (text == null || text.isBlank()) {
      return EditorSort.RECENT;
    }
    return switch (text.strip().toLowerCase(Locale.ROOT)) {
      case "-updated" -> EditorSort.RECENT;
      case "updated" -> EditorSort.OLDEST;
      case "title" -> EditorSort.TITLE;
      default ->
          throw new IllegalArgumentException(
              "'sort' must be '-updated' (most recently changed first), 'updated' or 'title'");
    };
  }
}
