package org.meridian.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.meridian.content.ContentItem;
import org.meridian.content.ContentNotFoundException;
import org.meridian.content.ContentService;
import org.meridian.content.ContentTrash;
import org.meridian.content.EditorQueries;
import org.meridian.tenancy.token.ApiScope;
import org.meridian.tenancy.token.AuthenticatedToken;

/**
 * Management of one office's items with an API token of that office: every item, drafts included,
 * new drafts, new revisions and the trash. {@link ApiTokenFilter} has checked the token and
 * resolved the office before any method here runs, so every read and write below is that office's.
 * The steps, schedules, classification and translation links of an item have resources of their own
 * ({@link ItemStepsResource}, {@link ItemSchedulesResource}, {@link ItemClassificationResource},
 * {@link ItemTranslationResource}); the error answers every operation shares are added to the
 * document by {@link SharedResponses}.
 */
@Path("offices/{code}/items")
@Tag(name = "management")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = ApiApplication.TOKEN)
public class OfficeItemsResource {

  /** The media type of an RFC 7396 JSON Merge Patch. */
  public static final String MERGE_PATCH_JSON = "application/merge-patch+json";

  private static final String LATEST = "The latest revision: send it back in If-Match";
  private static final String BASED_ON = "The ETag of the revision the change is based on, or *";

  @Inject private EditorQueries queries;
  @Inject private ContentService content;
  @Inject private ApiCaller caller;
  @Inject private ItemReads reads;
  @Inject private ItemRevisionWrites writes;
  @Inject private ContentTrash trash;

  /**
   * One page of the office's items ({@code page} from 1, {@code size} 1–{@value
   * ItemReads#MAX_SIZE}, default 100; {@code limit} is the first version's name of {@code size}),
   * most recently changed first unless {@code sort} says otherwise, with {@code total}, {@code
   * next}/{@code prev} and a {@code Link} header. Filters: {@code type}, {@code language}, {@code
   * theme} (a code), {@code tag} (an address), {@code translation} ({@code outdated}/{@code
   * current}).
   */
  @GET
  @RequiresToken(ApiScope.READ)
  @Operation(operationId = "listItems", summary = "A page of the office's items, drafts included")
  @APIResponse(
      responseCode = "200",
      description = "The page; Link header with first, prev, next, last",
      content = @Content(schema = @Schema(ref = "OfficeItemsPage")))
  public Response list(
      @PathParam("code") String code,
      @QueryParam("page") String page,
      @QueryParam("size") String size,
      @QueryParam("limit") String limit,
      @QueryParam("type") String type,
      @QueryParam("language") String language,
      @QueryParam("translation") String translation,
      @QueryParam("theme") String theme,
      @QueryParam("tag") String tag,
      @QueryParam("sort") String sort,
      @Context UriInfo uri) {
    return reads.page(
        code,
        new ItemReads.Query(type, language, theme, tag, translation, sort, page, size, limit),
        uri.getRequestUriBuilder());
  }

  /**
   * One item with its summary, body and type fields; its {@code ETag} names its latest revision.
   */
  @GET
  @Path("{id}")
  @RequiresToken(ApiScope.READ)
  @Operation(operationId = "getItem", summary = "One item with its summary, body and type fields")
  @APIResponse(
      responseCode = "200",
      description = "The item",
      headers = @Header(name = "ETag", description = LATEST),
      content = @Content(schema = @Schema(ref = "ItemJson")))
  public Response item(@PathParam("code") String code, @PathParam("id") String id) {
    return reads.one(code, ContentItems.id(id));
  }

  /**
   * Creates a draft from {@code {type, language, slug, title, summary, body}}: 201 with its
   * address. The draft is written in one transaction: a refused request leaves nothing behind.
   */
  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @RequiresToken(ApiScope.WRITE)
  @Operation(operationId = "createItem", summary = "Creates a draft")
  @RequestBody(required = true, content = @Content(schema = @Schema(ref = "NewItem")))
  @APIResponse(
      responseCode = "201",
      description = "The draft; Location is its address",
      headers = @Header(name = "ETag", description = LATEST),
      content = @Content(schema = @Schema(ref = "ItemJson")))
  @APIResponse(
      responseCode = "409",
      description = "The slug is taken in that language",
      ref = ApiApplication.PROBLEM)
  public Response create(@PathParam("code") String code, String body, @Context UriInfo uri) {
    AuthenticatedToken token = caller.require();
    NewItem item = NewItem.parse(body, token.office());
    ContentItem created =
        content.create(item.type(), item.language(), item.slug(), item.input(), token.actor());
    Response one = reads.one(code, created.getId());
    return Response.fromResponse(one)
        .status(Response.Status.CREATED)
        .location(uri.getAbsolutePathBuilder().path(Long.toString(created.getId())).build())
        .build();
  }

  /**
   * Saves a new revision of an item from {@code {basedOnRevision, title, summary, body, fields}}:
   * 200 with the item. Members not sent keep their value; a sent {@code fields} replaces the type
   * fields as a whole. See {@link ItemRevisionWrites} for {@code If-Match} and conflicts.
   */
  @PUT
  @Path("{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  @RequiresToken(ApiScope.WRITE)
  @Operation(
      operationId = "saveItem",
      summary = "Saves a new revision; members not sent keep their value")
  @RequestBody(required = true, content = @Content(schema = @Schema(ref = "RevisionChange")))
  @APIResponse(
      responseCode = "200",
      description = "The item as saved",
      headers = @Header(name = "ETag", description = LATEST),
      content = @Content(schema = @Schema(ref = "ItemJson")))
  public Response save(
      @PathParam("code") String code,
      @PathParam("id") String id,
      @Parameter(description = BASED_ON) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      String body) {
    return writes.write(code, ContentItems.id(id), body, ifMatch, true);
  }

  /**
   * Changes an item by an RFC 7396 JSON Merge Patch of {@code {title, summary, body, fields}}: a
   * member not sent is never changed, {@code null} clears it (removes a type field). The revision
   * it is based on comes from {@code If-Match} or {@code basedOnRevision}.
   */
  @PATCH
  @Path("{id}")
  @Consumes({MERGE_PATCH_JSON, MediaType.APPLICATION_JSON})
  @RequiresToken(ApiScope.WRITE)
  @Operation(
      operationId = "patchItem",
      summary = "Changes an item by a JSON Merge Patch (RFC 7396)")
  @RequestBody(required = true, content = @Content(schema = @Schema(ref = "RevisionChange")))
  @APIResponse(
      responseCode = "200",
      description = "The item as saved",
      headers = @Header(name = "ETag", description = LATEST),
      content = @Content(schema = @Schema(ref = "ItemJson")))
  public Response patch(
      @PathParam("code") String code,
      @PathParam("id") String id,
      @Parameter(description = BASED_ON) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      String body) {
    return writes.write(code, ContentItems.id(id), body, ifMatch, false);
  }

  /**
   * Moves an item to the trash: it goes offline at once and keeps its revisions and its address. A
   * token acts as an editor of its office, who may trash; {@code POST
   * /offices/{code}/trash/{id}/restore} takes it out again ({@link OfficeTrashResource}).
   */
  @DELETE
  @Path("{id}")
  @RequiresToken(ApiScope.WRITE)
  @Operation(operationId = "trashItem", summary = "Moves an item to the trash")
  @APIResponse(responseCode = "204", description = "In the trash")
  public Response trash(@PathParam("code") String code, @PathParam("id") String id) {
    AuthenticatedToken token = caller.require();
    long itemId = ContentItems.id(id);
    // An item already in the trash is not found, as for every other endpoint.
    queries.findForEditors(itemId).orElseThrow(() -> ContentNotFoundException.item(id));
    trash.moveToTrash(itemId, token.actor(), token.roles());
    return Response.noContent().build();
  }
}
