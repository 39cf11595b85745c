package org.meridian.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.meridian.content.ContentNotFoundException;
import org.meridian.content.LiveItemWithBody;
import org.meridian.content.LiveListQueries;
import org.meridian.content.LiveQueries;
import org.meridian.content.Slug;
import org.meridian.content.taxonomy.Classification;
import org.meridian.content.taxonomy.ItemTerms;
import org.meridian.content.taxonomy.TaxonomyQueries;
import org.meridian.tenancy.TenantContext;
import org.meridian.tenancy.office.LanguageTag;
import org.meridian.tenancy.office.OfficeRef;

/**
 * An office's live content, for anyone: pages of it, one item by id, one by its address. Every
 * answer carries an {@code ETag} and {@code Cache-Control} and answers 304 to a matching {@code
 * If-None-Match} ({@link PublicCache}).
 */
@Path("offices/{code}/content")
@Tag(name = "delivery")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class OfficeContentResource {

  /** The largest page of the delivery list. */
  static final int MAX_SIZE = 100;

  @Inject private LiveOffices offices;
  @Inject private TenantContext tenant;
  @Inject private LiveListQueries list;
  @Inject private LiveQueries content;
  @Inject private TaxonomyQueries taxonomy;
  @Inject private Classification classification;
  @Inject private MediaEmbedding media;

  /**
   * One page of the office's live items in one language (its default when {@code lang} is not
   * given): {@code page} from 1, {@code size} 1–{@value #MAX_SIZE} (default 50; {@code limit} is
   * the first version's name), with {@code total}, {@code next}/{@code prev} and a {@code Link}
   * header. Filters: {@code type}, {@code kind} (the type's kind field), {@code theme} (a code),
   * {@code tag} (an address), {@code updatedSince} (published at or after, ISO-8601). {@code sort}:
   * {@code -published} (default), {@code published}, {@code -updated}, {@code updated}, {@code
   * title}. {@code fields} keeps some members of each item; {@code include=media} adds the files
   * each uses.
   */
  @GET
  @Operation(
      operationId = "listContent",
      summary = "A page of an office's live items in one language")
  @APIResponse(
      responseCode = "200",
      description = "The page; Link header with first, prev, next, last",
      headers = @Header(name = "ETag", description = "A hash of the answer, for If-None-Match"),
      content = @Content(schema = @Schema(ref = "OfficeContentPage")))
  @APIResponse(responseCode = "304", description = Described.NOT_MODIFIED)
  public Response page(
      @PathParam("code") String code,
      @Parameter(description = "A language of the office; its default when left out")
          @QueryParam("lang")
          String lang,
      @Parameter(description = "From 1") @QueryParam("page") String page,
      @Parameter(description = "1 to 100, default 50") @QueryParam("size") String size,
      @Parameter(description = "The first version's name of size", deprecated = true)
          @QueryParam("limit")
          String limit,
      @QueryParam("type") String type,
      @Parameter(description = "A value of the type's kind field, e.g. press-release")
          @QueryParam("kind")
          String kind,
      @QueryParam("theme") String theme,
      @QueryParam("tag") String tag,
      @Parameter(description = "ISO-8601 instant or day: published since")
          @QueryParam("updatedSince")
          String updatedSince,
      @Parameter(description = "-published (default), published, -updated, updated, title")
          @QueryParam("sort")
          String sort,
      @QueryParam("fields") String fields,
      @QueryParam("include") String include,
      @Context UriInfo uri,
      @Context Request request) {
    OfficeRef office = offices.live(code);
    LanguageTag language = offices.language(office, lang);
    Paging paging = Paging.of(page, size != null ? size : limit, 50, MAX_SIZE);
    var themeCode = ApiParameters.theme(theme);
    var tagSlug = ApiParameters.tag(tag);
    FieldSelection selection = FieldSelection.parse(fields, ContentItems.MEMBERS);
    boolean withMedia = ContentItems.includeMedia(include);
    var filter =
        new LiveListQueries.Filter(
            language,
            type == null || type.isBlank() ? null : ApiParameters.type(type),
            ContentItems.kind(kind),
            themeCode.map(t -> t.value()).orElse(null),
            tagSlug.map(Slug::value).orElse(null),
            ContentItems.since(updatedSince));
    LiveListQueries.Sort order = ContentItems.sort(sort);
    tenant.enter(office);
    taxonomy.requireKnown(themeCode, tagSlug);
    var found = list.page(filter, order, paging.first(), paging.size());
    paging = paging.withTotal(found.total());
    Paging.Pages pages = Paging.of(uri.getRequestUriBuilder());
    var items = json(office, language, found.items(), withMedia, uri);
    var body =
        paging.addTo(
            jakarta.json.Json.createObjectBuilder()
                .add("office", office.code().value())
                .add("language", language.value()),
            pages);
    var array = jakarta.json.Json.createArrayBuilder();
    items.forEach(i -> array.add(selection.apply(ContentItems.toJson(i))));
    body.add("items", array);
    return PublicCache.answer(request, body.build().toString(), paging.linkHeader(pages));
  }

  /** One live item of the office by its id, in whatever language it is. */
  @GET
  @Path("{id}")
  @Operation(operationId = "getContent", summary = "One live item of an office")
  @APIResponse(
      responseCode = "200",
      description = "The item",
      headers = @Header(name = "ETag", description = "A hash of the answer, for If-None-Match"),
      content = @Content(schema = @Schema(ref = "ContentJson")))
  @APIResponse(responseCode = "304", description = Described.NOT_MODIFIED)
  public Response item(
      @PathParam("code") String code,
      @PathParam("id") String id,
      @QueryParam("fields") String fields,
      @QueryParam("include") String include,
      @Context UriInfo uri,
      @Context Request request) {
    OfficeRef office = offices.live(code);
    FieldSelection selection = FieldSelection.parse(fields, ContentItems.MEMBERS);
    boolean withMedia = ContentItems.includeMedia(include);
    long itemId = ContentItems.id(id);
    tenant.enter(office);
    LiveItemWithBody item =
        content.findLiveWithBody(itemId).orElseThrow(() -> ContentNotFoundException.item(id));
    return one(office, item, selection, withMedia, uri, request);
  }

  /**
   * One live item of the office by its address in a language: {@code path} is what follows {@code
   * /{code}/{lang}/} on the public site ({@code about-us/history} for a nested page).
   */
  @GET
  @Path("by-path")
  @Operation(
      operationId = "getContentByPath",
      summary = "One live item of an office by its address")
  @APIResponse(
      responseCode = "200",
      description = "The item",
      headers = @Header(name = "ETag", description = "A hash of the answer, for If-None-Match"),
      content = @Content(schema = @Schema(ref = "ContentJson")))
  @APIResponse(responseCode = "304", description = Described.NOT_MODIFIED)
  public Response byPath(
      @PathParam("code") String code,
      @QueryParam("lang") String lang,
      @QueryParam("path") String path,
      @QueryParam("fields") String fields,
      @QueryParam("include") String include,
      @Context UriInfo uri,
      @Context Request request) {
    OfficeRef office = offices.live(code);
    LanguageTag language = offices.language(office, lang);
    FieldSelection selection = FieldSelection.parse(fields, ContentItems.MEMBERS);
    boolean withMedia = ContentItems.includeMedia(include);
    String wanted = ContentItems.path(path);
    Slug slug = new Slug(wanted.substring(wanted.lastIndexOf('/') + 1));
    tenant.enter(office);
    LiveItemWithBody item =
        content
            .findLiveWithBody(language, slug)
            .filter(i -> i.item().path().equals(wanted))
            .orElseThrow(() -> ContentNotFoundException.item("'" + wanted + "'"));
    return one(office, item, selection, withMedia, uri, request);
  }

  private Response one(
      OfficeRef office,
      LiveItemWithBody item,
      FieldSelection selection,
      boolean withMedia,
      UriInfo uri,
      Request request) {
    ContentJson json =
        json(office, new LanguageTag(item.item().language()), List.of(item), withMedia, uri).get(0);
    return PublicCache.answer(request, selection.apply(ContentItems.toJson(json)).toString());
  }

  private List<ContentJson> json(
      OfficeRef office,
      LanguageTag language,
      List<LiveItemWithBody> items,
      boolean withMedia,
      UriInfo uri) {
    var terms = classification.of(items.stream().map(i -> i.item().itemId()).toList(), language);
    return items.stream()
        .map(
            item -> {
              ContentJson json =
                  ContentJson.of(
                      office.code().value(),
                      item,
                      terms.getOrDefault(item.item().itemId(), ItemTerms.NONE));
              return withMedia ? json.withMedia(media.of(item, uri.getBaseUri())) : json;
            })
        .toList();
  }
}
