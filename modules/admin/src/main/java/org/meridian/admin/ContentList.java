package org.meridian.admin;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.meridian.content.ContentQueries;
import org.meridian.content.ContentSummary;
import org.meridian.content.ContentType;
import org.meridian.content.EditorFilter;
import org.meridian.content.search.ContentSearch;
import org.meridian.content.search.SearchMatch;
import org.meridian.content.search.SearchQuery;
import org.meridian.content.search.SearchQueryException;
import org.meridian.tenancy.TenantContext;
import org.meridian.tenancy.office.LanguageTag;
import org.meridian.workflow.review.EditorialState;
import org.meridian.workflow.review.Workflow;

/**
 * The dashboard's list of the current office's content, filtered by type, state and language
 * ({@code ?type=NEWS&state=DRAFT&lang=en}; anything unknown means "any") and by words ({@code
 * q=...}: a full-text search of the items' latest revisions, drafts included, best match first),
 * with links to the editor and to new items of each type.
 */
@Named
@ViewScoped
public class ContentList implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final int SHOWN = 200;

  @Inject private transient ContentQueries content;
  @Inject private transient TenantContext tenant;
  @Inject private transient Workflow workflow;
  @Inject private transient ContentSearch search;

  private List<ContentSummary> items = List.of();
  private Map<Long, EditorialState> editorial = Map.of();
  private LocalDate today = LocalDate.now();
  private String type = "";
  private String state = "";
  private String language = "";
  private String query = "";
  private String queryError;

  @PostConstruct
  void init() {
    if (tenant.current().isEmpty()) {
      return;
    }
    Map<String, String> params =
        FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
    ContentType wantedType = parse(ContentType.class, params.get("type"));
    EditorFilter.State wantedState = parse(EditorFilter.State.class, params.get("state"));
    String wantedLanguage =
        LanguageTag.parse(params.getOrDefault("lang", ""))
            .filter(tenant.require()::publishesIn)
            .map(LanguageTag::value)
            .orElse(null);
    type = wantedType == null ? "" : wantedType.name();
    state = wantedState == null ? "" : wantedState.name();
    language = wantedLanguage == null ? "" : wantedLanguage;
    today = LocalDate.now(tenant.require().timeZone());
    EditorFilter filter = new EditorFilter(wantedType, wantedState, wantedLanguage);
    SearchQuery words;
    try {
      words = SearchQuery.of(params.get("q"));
    } catch (SearchQueryException tooLong) {
      queryError = tooLong.getMessage();
      words = SearchQuery.EMPTY;
    }
    query = words.text();
    items = words.isEmpty() ? content.listForEditors(filter, today, SHOWN) : found(filter, words);
    editorial = workflow.states(items.stream().map(ContentSummary::itemId).toList());
  }

  /** The items matching the words (drafts too), best match first, within the other filters. */
  private List<ContentSummary> found(EditorFilter filter, SearchQuery words) {
    String wantedLanguage = language.isEmpty() ? null : language;
    List<SearchMatch> found =
        search.forEditors(
            words, wantedLanguage == null ? null : new LanguageTag(wantedLanguage), SHOWN);
    Map<Long, Integer> rank = new java.util.HashMap<>();
    found.forEach(m -> rank.putIfAbsent(m.itemId(), rank.size()));
    return content.listForEditors(filter, today, rank.keySet(), SHOWN).stream()
        .sorted(java.util.Comparator.comparing(item -> rank.get(item.itemId())))
        .toList();
  }

  private static <E extends Enum<E>> E parse(Class<E> kind, String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return Enum.valueOf(kind, text.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException unknown) {
      return null;
    }
  }

  /** Where the item stands in the editorial process, e.g. "In review". */
  public String editorial(ContentSummary item) {
    EditorialState state = editorial.get(item.itemId());
    return state == null ? "" : ConsoleText.text("editorial." + state.name());
  }

  public List<ContentSummary> getItems() {
    return items;
  }

  public List<ContentType> getTypes() {
    return Arrays.asList(ContentType.values());
  }

  public List<EditorFilter.State> getStates() {
    return Arrays.asList(EditorFilter.State.values());
  }

  /** The words for a state in the filter. */
  public String stateLabel(EditorFilter.State s) {
    return switch (s) {
      case DRAFT -> ConsoleText.text("filter.draft");
      case LIVE -> ConsoleText.text("common.live");
      case CHANGED -> ConsoleText.text("common.live_changes_waiting");
      case REVIEW_OVERDUE -> ConsoleText.text("filter.review_overdue");
      case TRANSLATION_OUTDATED -> ConsoleText.text("filter.translation_outdated");
      case TRANSLATION_CURRENT -> ConsoleText.text("filter.translation_current");
    };
  }

  public List<String> getLanguages() {
    return tenant
        .current()
        .map(o -> o.languages().stream().map(LanguageTag::value).toList())
        .orElse(List.of());
  }

  public String getDefaultLanguage() {
    return tenant.current().map(o -> o.defaultLanguage().value()).orElse("en");
  }

  public boolean isOverdue(ContentSummary item) {
    return item.reviewOverdue(today);
  }

  public String getType() {
    return type;
  }

  public String getState() {
    return state;
  }

  public String getLanguage() {
    return language;
  }

  /** The words searched for, as cleaned ("" when none). */
  public String getQuery() {
    return query;
  }

  /** Why the words could not be searched for, or {@code null}. */
  public String getQueryError() {
    return queryError;
  }

  public boolean isSearching() {
    return !query.isEmpty();
  }
}
