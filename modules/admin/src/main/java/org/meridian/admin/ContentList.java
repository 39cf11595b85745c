package org.meridian.admin;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.meridian.content.ContentSummary;
import org.meridian.content.ContentType;
import org.meridian.content.EditorFilter;
import org.meridian.content.EditorListQueries;
import org.meridian.content.EditorPage;
import org.meridian.content.EditorSort;
import org.meridian.content.search.ContentSearch;
import org.meridian.content.search.SearchMatch;
import org.meridian.content.search.SearchQuery;
import org.meridian.content.search.SearchQueryException;
import org.meridian.content.taxonomy.TagLabel;
import org.meridian.content.taxonomy.Tags;
import org.meridian.content.taxonomy.ThemeLabel;
import org.meridian.content.taxonomy.Themes;
import org.meridian.tenancy.TenantContext;
import org.meridian.tenancy.office.LanguageTag;
import org.meridian.workflow.review.EditorialState;
import org.meridian.workflow.review.ReviewQueues;

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

  /** Rows per page of the list. */
  static final int PAGE_SIZE = 50;

  /** The most items a search ranks (then paged like the list). */
  private static final int FOUND = 500;

  @Inject private EditorListQueries editorList;
  @Inject private Clock clock;
  @Inject private TenantContext tenant;
  @Inject private ReviewQueues queues;
  @Inject private ContentSearch search;
  @Inject private Themes themes;
  @Inject private Tags tags;

  private List<ContentSummary> items = List.of();
  private Map<Long, EditorialState> editorial = Map.of();
  private LocalDate today;
  private String type = "";
  private String state = "";
  private String language = "";
  private String query = "";
  private String queryError;
  private String theme = "";
  private String tag = "";
  private String author = "";
  private EditorSort sort = EditorSort.RECENT;
  private ListPage page = ListPage.of("1", PAGE_SIZE, 0);
  private List<ThemeLabel> themeChoices = List.of();
  private List<TagLabel> tagChoices = List.of();
  private List<String> authorChoices = List.of();

  @PostConstruct
  void init() {
    today = LocalDate.now(clock);
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
    today = LocalDate.ofInstant(clock.instant(), tenant.require().timeZone());
    themeChoices = themes.labels(tenant.require().defaultLanguage());
    tagChoices = tags.labels();
    authorChoices = editorList.latestAuthors();
    theme = oneOf(params.get("theme"), themeChoices.stream().map(ThemeLabel::code).toList());
    tag = oneOf(params.get("tag"), tagChoices.stream().map(TagLabel::slug).toList());
    author = oneOf(params.get("author"), authorChoices);
    EditorSort wantedSort = parse(EditorSort.class, params.get("sort"));
    sort = wantedSort == null ? EditorSort.RECENT : wantedSort;
    EditorFilter filter =
        new EditorFilter(
            wantedType,
            wantedState,
            wantedLanguage,
            theme.isEmpty() ? null : theme,
            tag.isEmpty() ? null : tag,
            author.isEmpty() ? null : author);
    SearchQuery words;
    try {
      words = SearchQuery.of(params.get("q"));
    } catch (SearchQueryException tooLong) {
      queryError = ConsoleText.refusal(tooLong);
      words = SearchQuery.EMPTY;
    }
    query = words.text();
    String asked = params.get("page");
    if (words.isEmpty()) {
      int wanted = ListPage.asked(asked);
      EditorPage rows =
          editorList.pageForEditors(
              filter,
              sort,
              today,
              null,
              (int) Math.min(Integer.MAX_VALUE, (wanted - 1L) * PAGE_SIZE),
              PAGE_SIZE);
      page = ListPage.of(asked, PAGE_SIZE, rows.total());
      if (page.number() != wanted) {
        rows = editorList.pageForEditors(filter, sort, today, null, page.first(), PAGE_SIZE);
      }
      items = rows.items();
    } else {
      List<ContentSummary> all = found(filter, words);
      page = ListPage.of(asked, PAGE_SIZE, all.size());
      items =
          all.subList(page.first(), (int) Math.min(all.size(), (long) page.first() + PAGE_SIZE));
    }
    editorial = queues.states(items.stream().map(ContentSummary::itemId).toList());
  }

  /**
   * The items matching the words (drafts too), best match first, within the other filters; the
   * chosen order only when one was asked for.
   */
  private List<ContentSummary> found(EditorFilter filter, SearchQuery words) {
    String wantedLanguage = language.isEmpty() ? null : language;
    List<SearchMatch> found =
        search.forEditors(
            words, wantedLanguage == null ? null : new LanguageTag(wantedLanguage), FOUND);
    Map<Long, Integer> rank = new java.util.HashMap<>();
    found.forEach(m -> rank.putIfAbsent(m.itemId(), rank.size()));
    EditorPage matching = editorList.pageForEditors(filter, sort, today, rank.keySet(), 0, FOUND);
    return sort != EditorSort.RECENT
        ? matching.items()
        : matching.items().stream()
            .sorted(java.util.Comparator.comparing(item -> rank.get(item.itemId())))
            .toList();
  }

  /** {@code asked} when it is one of {@code known}, else "" (any). */
  private static String oneOf(String asked, List<String> known) {
    return asked != null && known.contains(asked.strip()) ? asked.strip() : "";
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

  /** Whether the item is live, in the reader's language: draft, live, live with changes waiting. */
  public String liveState(ContentSummary item) {
    if (!item.live()) {
      return ConsoleText.text("filter.draft");
    }
    return ConsoleText.text(
        item.unpublishedChanges() ? "common.live_changes_waiting" : "common.live");
  }

  /**
   * The latest author's address before the {@code @} (the whole of it when it has none): the list
   * may break the address there, and nowhere else, so that it is never cut.
   */
  public String mailbox(ContentSummary item) {
    String author = item.lastAuthor() == null ? "" : item.lastAuthor();
    int at = author.indexOf('@');
    return at < 0 ? author : author.substring(0, at);
  }

  /** The latest author's address from its {@code @} on, or "". */
  public String mailDomain(ContentSummary item) {
    String author = item.lastAuthor() == null ? "" : item.lastAuthor();
    int at = author.indexOf('@');
    return at < 0 ? "" : author.substring(at);
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

  public String getTheme() {
    return theme;
  }

  public String getTag() {
    return tag;
  }

  public String getAuthor() {
    return author;
  }

  public String getSort() {
    return sort.name();
  }

  public List<EditorSort> getSorts() {
    return Arrays.asList(EditorSort.values());
  }

  public List<ThemeLabel> getThemeChoices() {
    return themeChoices;
  }

  public List<TagLabel> getTagChoices() {
    return tagChoices;
  }

  public List<String> getAuthorChoices() {
    return authorChoices;
  }

  public int getPageNumber() {
    return page.number();
  }

  public int getPages() {
    return page.pages();
  }

  public long getTotal() {
    return page.total();
  }

  public boolean isPrevious() {
    return page.hasPrevious();
  }

  public boolean isNext() {
    return page.hasNext();
  }

  /** The list's address for page {@code number}, with every filter, the words and the order. */
  public String pageLink(int number) {
    StringBuilder link = new StringBuilder("index.xhtml?page=").append(number);
    appendParameter(link, "type", type);
    appendParameter(link, "state", state);
    appendParameter(link, "lang", language);
    appendParameter(link, "theme", theme);
    appendParameter(link, "tag", tag);
    appendParameter(link, "author", author);
    appendParameter(link, "q", query);
    appendParameter(
        link, "sort", sort == EditorSort.RECENT ? "" : sort.name().toLowerCase(Locale.ROOT));
    return link.toString();
  }

  private static void appendParameter(StringBuilder link, String name, String value) {
    if (value != null && !value.isEmpty()) {
      link.append('&')
          .append(name)
          .append('=')
          .append(java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8));
    }
  }
}
