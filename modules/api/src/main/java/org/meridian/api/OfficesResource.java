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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import org.meridian.content.search.ContentSearch;
import org.meridian.content.search.SearchQuery;
import org.meridian.tenancy.TenantContext;
import org.meridian.tenancy.office.LanguageTag;
import org.meridian.tenancy.office.OfficeDirectory;
import org.meridian.tenancy.office.OfficeRef;
import org.meridian.tenancy.office.OfficeStatus;

/** The network's offices and the search of each office's live content. */
@Path("offices")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class OfficesResource {

  @Inject private OfficeDirectory offices;
  @Inject private LiveOffices live;
  @Inject private TenantContext tenant;
  @Inject private ContentSearch search;

  /** Search results a page: the same as the public search page. */
  static final int SEARCH_PAGE_SIZE = 10;

  @GET
  public Response list(@Context Request request) {
    return PublicCache.answer(
        request,
        offices.all().stream()
            .filter(o -> o.status() != OfficeStatus.ARCHIVED)
            .map(OfficeJson::of)
            .toList());
  }

  @GET
  @Path("{code}")
  public Response office(@PathParam("code") String code, @Context Request request) {
    return PublicCache.answer(request, OfficeJson.of(office(code, false)));
  }

  /**
   * A full-text search of one office's live content in one language ({@code q}, at most 200
   * characters; {@code page} from 1, {@value #SEARCH_PAGE_SIZE} results a page), best match first.
   * A query too long or a page that is not a number is a 400; a page past the last is empty.
   */
  @GET
  @Path("{code}/{lang}/search")
  public Response search(
      @PathParam("code") String code,
      @PathParam("lang") String lang,
      @QueryParam("q") String q,
      @QueryParam("page") @DefaultValue("1") String pageText,
      @Context Request request) {
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
    return PublicCache.answer(
        request,
        SearchResultsJson.of(
            office.code().value(),
            language.value(),
            query.text(),
            search.live(language, query, Integer.parseInt(pageText), SEARCH_PAGE_SIZE)));
  }

  private OfficeRef office(String code, boolean mustBeLive) {
    return mustBeLive ? live.live(code) : live.listed(code);
  }
}
