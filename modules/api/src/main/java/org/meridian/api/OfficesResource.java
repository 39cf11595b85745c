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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.meridian.content.search.ContentSearch;
import org.meridian.content.search.SearchQuery;
import org.meridian.tenancy.TenantContext;
import org.meridian.tenancy.office.LanguageTag;
import org.meridian.tenancy.office.OfficeDirectory;
import org.meridian.tenancy.office.OfficeRef;
import org.meridian.tenancy.office.OfficeStatus;

/** The network's offices and the search of each office's live content. */
@Path("offices")
@Tag(name = "delivery")
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
  @Operation(operationId = "listOffices", summary = "The offices of the network")
  @APIResponse(
      responseCode = "200",
      description = "The offices",
      headers = @Header(name = "ETag", description = "A hash of the answer, for If-None-Match"),
      content = @Content(schema = @Schema(type = SchemaType.ARRAY, ref = "OfficeJson")))
  @APIResponse(responseCode = "304", description = Described.NOT_MODIFIED)
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
  @Operation(operationId = "getOffice", summary = "One office")
  @APIResponse(
      responseCode = "200",
      description = "The office",
      headers = @Header(name = "ETag", description = "A hash of the answer, for If-None-Match"),
      content = @Content(schema = @Schema(ref = "OfficeJson")))
  @APIResponse(responseCode = "304", description = Described.NOT_MODIFIED)
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
  @Operation(
      operationId = "search",
      summary = "Full-text search of an office's live items in one language")
  @APIResponse(
      responseCode = "200",
      description = "A page of results, best match first",
      headers = @Header(name = "ETag", description = "A hash of the answer, for If-None-Match"),
      content = @Content(schema = @Schema(ref = "SearchResultsJson")))
  @APIResponse(responseCode = "304", description = Described.NOT_MODIFIED)
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
    Paging paging = Paging.of(pageText, null, SEARCH_PAGE_SIZE, SEARCH_PAGE_SIZE);
    tenant.enter(office);
    return PublicCache.answer(
        request,
        SearchResultsJson.of(
            office.code().value(),
            language.value(),
            query.text(),
            search.live(language, query, paging.page(), SEARCH_PAGE_SIZE)));
  }

  private OfficeRef office(String code, boolean mustBeLive) {
    return mustBeLive ? live.live(code) : live.listed(code);
  }
}
