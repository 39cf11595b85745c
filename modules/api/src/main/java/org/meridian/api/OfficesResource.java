package org.meridian.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Optional;
import org.meridian.content.ContentQueries;
import org.meridian.content.ContentType;
import org.meridian.content.LiveItem;
import org.meridian.content.Slug;
import org.meridian.content.search.ContentSearch;
import org.meridian.content.search.SearchQuery;
import org.meridian.content.taxonomy.Classification;
import org.meridian.content.taxonomy.ItemTerms;
import org.meridian.content.taxonomy.TaxonomyQueries;
import org.meridian.content.taxonomy.ThemeCode;
import org.meridian.tenancy.TenantContext;
import org.meridian.tenancy.office.LanguageTag;
import org.meridian.tenancy.office.OfficeCode;
import org.meridian.tenancy.office.OfficeDirectory;
import org.meridian.tenancy.office.OfficeRef;
import org.meridian.tenancy.office.OfficeStatus;

/** The network's offices and each office's live content. */
@Path("offices")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class OfficesResource {

  static final int MAX_LIMIT = 100;

  @Inject private OfficeDirectory offices;
  @Inject private TenantContext tenant;
  @Inject private ContentQueries content;
  @Inject private TaxonomyQueries taxonomy;
  @Inject private Classification classification;
  @Inject private ContentSearch search;

  /** Search results a page: the same as the public search page. */
  static final int SEARCH_PAGE_SIZE = 10;

  @GET
  public List<OfficeJson> list() {
    return offices.all().stream()
        .filter(o -> o.status() != OfficeStatus.ARCHIVED)
        .map(OfficeJson::of)
        .toList();
  }

  @GET
  @Path("{code}")
  public OfficeJson office(@PathParam("code") String code) {
    return OfficeJson.of(office(code, false));
  }

  /**
   * Live items of one office in one language (its default when {@code lang} is not given), filtered
   * by type, by theme code ({@code theme}) and by tag address ({@code tag}) when given.
   */
  @GET
  @Path("{code}/content")
  public OfficeContentPage content(
      @PathParam("code") String code,
      @QueryParam("lang") String lang,
      @QueryParam("type") String type,
      @QueryParam("theme") String themeText,
      @QueryParam("tag") String tagText,
      @QueryParam("limit") @DefaultValue("50") String limitText) {
    OfficeRef office = office(code, true);
    LanguageTag language =
        lang == null || lang.isBlank()
            ? office.defaultLanguage()
            : LanguageTag.parse(lang)
                .orElseThrow(() -> new IllegalArgumentException("'lang' must be a language tag"));
    if (!office.publishesIn(language)) {
      throw new IllegalArgumentException(
          "The office '" + code + "' publishes in " + office.languages() + ", not " + language);
    }
    int limit = ApiParameters.limit(limitText, MAX_LIMIT);
    Optional<ContentType> contentType = Optional.ofNullable(type).map(ApiParameters::type);
    Optional<ThemeCode> theme = ApiParameters.theme(themeText);
    Optional<Slug> tag = ApiParameters.tag(tagText);
    tenant.enter(office);
    taxonomy.requireKnown(theme, tag);
    List<LiveItem> items =
        theme.isEmpty() && tag.isEmpty()
            ? content.listLive(language, contentType, limit)
            : taxonomy.listLive(language, contentType, theme, tag, limit);
    var terms = classification.of(items.stream().map(LiveItem::itemId).toList(), language);
    return new OfficeContentPage(
        office.code().value(),
        language.value(),
        items.stream()
            .map(
                item ->
                    ContentJson.of(
                        office.code().value(),
                        item,
                        terms.getOrDefault(item.itemId(), ItemTerms.NONE)))
            .toList());
  }

  /**
   * A full-text search of one office's live content in one language ({@code q}, at most 200
   * characters; {@code page} from 1, {@value #SEARCH_PAGE_SIZE} results a page), best match first.
   * A query too long or a page that is not a number is a 400; a page past the last is empty.
   */
  @GET
  @Path("{code}/{lang}/search")
  public SearchResultsJson search(
      @PathParam("code") String code,
      @PathParam("lang") String lang,
      @QueryParam("q") String q,
      @QueryParam("page") @DefaultValue("1") String pageText) {
    OfficeRef office = office(code, true);
    LanguageTag language =
        LanguageTag.parse(lang)
            .filter(office::publishesIn)
            .orElseThrow(
                () ->
                    new NotFoundException(
                        "The office '" + code + "' publishes in " + office.languages()));
    SearchQuery query = SearchQuery.of(q);
    if (!pageText.matches("[0-9]{1,6}") || Integer.parseInt(pageText) < 1) {
      throw new IllegalArgumentException("'page' must be a number from 1 to 999999");
    }
    tenant.enter(office);
    return SearchResultsJson.of(
        office.code().value(),
        language.value(),
        query.text(),
        search.live(language, query, Integer.parseInt(pageText), SEARCH_PAGE_SIZE));
  }

  private OfficeRef office(String code, boolean mustBeLive) {
    Optional<OfficeRef> office = OfficeCode.parse(code).flatMap(offices::find);
    if (office.isEmpty()
        || office.get().status() == OfficeStatus.ARCHIVED
        || (mustBeLive && office.get().status() != OfficeStatus.ACTIVE)) {
      throw new NotFoundException("No office '" + code + "' in the network");
    }
    return office.get();
  }
}
