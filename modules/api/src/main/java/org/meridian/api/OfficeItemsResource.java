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
import org.meridian.content.ContentQueries;
import org.meridian.content.ContentService;
import org.meridian.content.taxonomy.Classification;
import org.meridian.tenancy.token.ApiScope;
import org.meridian.tenancy.token.AuthenticatedToken;

/**
 * Management of one office's items with an API token of that office: every item, drafts included,
 * and new drafts. {@link ApiTokenFilter} has checked the token and resolved the office before any
 * method here runs, so every read and write below is the token's office's.
 */
@Path("offices/{code}/items")
@Tag(name = "management")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class OfficeItemsResource {

  /** The media type of an RFC 7396 JSON Merge Patch. */
  public static final String MERGE_PATCH_JSON = "application/merge-patch+json";

  @Inject private ContentQueries queries;
  @Inject private ContentService content;
  @Inject private ApiCaller caller;
  @Inject private org.meridian.workflow.review.Workflow workflow;
  @Inject private Classification classification;
  @Inject private org.meridian.workflow.quality.QualityGate qualityGate;
  @Inject private ItemReads reads;
  @Inject private ItemRevisionWrites writes;
  @Inject private org.meridian.content.ContentTrash trash;

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
  @SecurityRequirement(name = ApiApplication.TOKEN)
  @APIResponse(
      responseCode = "429",
      description = Described.TOO_MANY,
      headers = @Header(name = "Retry-After", description = "Seconds to wait"),
      ref = ApiApplication.PROBLEM)
  @APIResponse(
      responseCode = "200",
      description = "The page; Link header with first, prev, next, last",
      content = @Content(schema = @Schema(ref = "OfficeItemsPage")))
  @APIResponse(
      responseCode = "400",
      description = Described.BAD_REQUEST,
      ref = ApiApplication.PROBLEM)
  @APIResponse(responseCode = "401", description = Described.NO_TOKEN, ref = ApiApplication.PROBLEM)
  @APIResponse(
      responseCode = "403",
      description = Described.FORBIDDEN,
      ref = ApiApplication.PROBLEM)
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
  @SecurityRequirement(name = ApiApplication.TOKEN)
  @APIResponse(
      responseCode = "429",
      description = Described.TOO_MANY,
      headers = @Header(name = "Retry-After", description = "Seconds to wait"),
      ref = ApiApplication.PROBLEM)
  @APIResponse(
      responseCode = "200",
      description = "The item",
      headers =
          @Header(name = "ETag", description = "The latest revision: send it back in If-Match"),
      content = @Content(schema = @Schema(ref = "ItemJson")))
  @APIResponse(
      responseCode = "400",
      description = Described.BAD_REQUEST,
      ref = ApiApplication.PROBLEM)
  @APIResponse(responseCode = "401", description = Described.NO_TOKEN, ref = ApiApplication.PROBLEM)
  @APIResponse(
      responseCode = "403",
      description = Described.FORBIDDEN,
      ref = ApiApplication.PROBLEM)
  @APIResponse(
      responseCode = "404",
      description = Described.NOT_FOUND,
      ref = ApiApplication.PROBLEM)
  public Response item(@PathParam("code") String code, @PathParam("id") String id) {
    return reads.one(code, itemId(id));
  }

  /**
   * Creates a draft from {@code {type, language, slug, title, summary, body}}: 201 with its
   * address. The draft is written in one transaction: a refused request leaves nothing behind.
   */
  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @RequiresToken(ApiScope.WRITE)
  @Operation(operationId = "createItem", summary = "Creates a draft")
  @SecurityRequirement(name = ApiApplication.TOKEN)
  @APIResponse(
      responseCode = "429",
      description = Described.TOO_MANY,
      headers = @Header(name = "Retry-After", description = "Seconds to wait"),
      ref = ApiApplication.PROBLEM)
  @RequestBody(required = true, content = @Content(schema = @Schema(ref = "NewItem")))
  @APIResponse(
      responseCode = "201",
      description = "The draft; Location is its address",
      headers =
          @Header(name = "ETag", description = "The latest revision: send it back in If-Match"),
      content = @Content(schema = @Schema(ref = "ItemJson")))
  @APIResponse(
      responseCode = "400",
      description = Described.BAD_REQUEST,
      ref = ApiApplication.PROBLEM)
  @APIResponse(responseCode = "401", description = Described.NO_TOKEN, ref = ApiApplication.PROBLEM)
  @APIResponse(
      responseCode = "403",
      description = Described.FORBIDDEN,
      ref = ApiApplication.PROBLEM)
  @APIResponse(
      responseCode = "409",
      description = Described.SLUG_TAKEN,
      ref = ApiApplication.PROBLEM)
  @APIResponse(
      responseCode = "413",
      description = Described.TOO_LARGE,
      ref = ApiApplication.PROBLEM)
  @APIResponse(
      responseCode = "415",
      description = Described.UNSUPPORTED,
      ref = ApiApplication.PROBLEM)
  @APIResponse(responseCode = "422", description = Described.INVALID, ref = ApiApplication.PROBLEM)
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
  @SecurityRequirement(name = ApiApplication.TOKEN)
  @APIResponse(
      responseCode = "429",
      description = Described.TOO_MANY,
      headers = @Header(name = "Retry-After", description = "Seconds to wait"),
      ref = ApiApplication.PROBLEM)
  @RequestBody(required = true, content = @Content(schema = @Schema(ref = "RevisionChange")))
  @APIResponse(
      responseCode = "200",
      description = "The item as saved",
      headers =
          @Header(name = "ETag", description = "The latest revision: send it back in If-Match"),
      content = @Content(schema = @Schema(ref = "ItemJson")))
  @APIResponse(
      responseCode = "400",
      description = Described.BAD_REQUEST,
      ref = ApiApplication.PROBLEM)
  @APIResponse(responseCode = "401", description = Described.NO_TOKEN, ref = ApiApplication.PROBLEM)
  @APIResponse(
      responseCode = "403",
      description = Described.FORBIDDEN,
      ref = ApiApplication.PROBLEM)
  @APIResponse(
      responseCode = "404",
      description = Described.NOT_FOUND,
      ref = ApiApplication.PROBLEM)
  @APIResponse(
      responseCode = "413",
      description = Described.TOO_LARGE,
      ref = ApiApplication.PROBLEM)
  @APIResponse(
      responseCode = "415",
      description = Described.UNSUPPORTED,
      ref = ApiApplication.PROBLEM)
  @APIResponse(responseCode = "422", description = Described.INVALID, ref = ApiApplication.PROBLEM)
  @APIResponse(
      responseCode = "409",
      description = "basedOnRevision is not the latest: what changed since, and your fields",
      content = @Content(mediaType = ApiError.PROBLEM_JSON, schema = @Schema(ref = "ConflictJson")))
  @APIResponse(
      responseCode = "412",
      description = "If-Match is not the latest revision: what changed since, and your fields",
      content = @Content(mediaType = ApiError.PROBLEM_JSON, schema = @Schema(ref = "ConflictJson")))
  @APIResponse(
      responseCode = "428",
      description = "Neither If-Match nor basedOnRevision was sent",
      ref = ApiApplication.PROBLEM)
  public Response save(
      @PathParam("code") String code,
      @PathParam("id") String id,
      @Parameter(description = "The ETag of the revision the change is based on, or *")
          @HeaderParam(HttpHeaders.IF_MATCH)
          String ifMatch,
      String body) {
    return writes.write(code, itemId(id), body, ifMatch, true);
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
  @SecurityRequirement(name = ApiApplication.TOKEN)
  @APIResponse(
      responseCode = "429",
      description = Described.TOO_MANY,
      headers = @Header(name = "Retry-After", description = "Seconds to wait"),
      ref = ApiApplication.PROBLEM)
  @RequestBody(required = true, content = @Content(schema = @Schema(ref = "RevisionChange")))
  @APIResponse(
      responseCode = "200",
      description = "The item as saved",
      headers =
          @Header(name = "ETag", description = "The latest revision: send it back in If-Match"),
      content = @Content(schema = @Schema(ref = "ItemJson")))
  @APIResponse(
      responseCode = "400",
      description = Described.BAD_REQUEST,
      ref = ApiApplication.PROBLEM)
  @APIResponse(responseCode = "401", description = Described.NO_TOKEN, ref = ApiApplication.PROBLEM)
  @APIResponse(
      responseCode = "403",
      description = Described.FORBIDDEN,
      ref = ApiApplication.PROBLEM)
  @APIResponse(
      responseCode = "404",
      description = Described.NOT_FOUND,
      ref = ApiApplication.PROBLEM)
  @APIResponse(
      responseCode = "413",
      description = Described.TOO_LARGE,
      ref = ApiApplication.PROBLEM)
  @APIResponse(
      responseCode = "415",
      description = Described.UNSUPPORTED,
      ref = ApiApplication.PROBLEM)
  @APIResponse(responseCode = "422", description = Described.INVALID, ref = ApiApplication.PROBLEM)
  @APIResponse(
      responseCode = "409",
      description = "basedOnRevision is not the latest: what changed since, and your fields",
      content = @Content(mediaType = ApiError.PROBLEM_JSON, schema = @Schema(ref = "ConflictJson")))
  @APIResponse(
      responseCode = "412",
      description = "If-Match is not the latest revision: what changed since, and your fields",
      content = @Content(mediaType = ApiError.PROBLEM_JSON, schema = @Schema(ref = "ConflictJson")))
  @APIResponse(
      responseCode = "428",
      description = "Neither If-Match nor basedOnRevision was sent",
      ref = ApiApplication.PROBLEM)
  public Response patch(
      @PathParam("code") String code,
      @PathParam("id") String id,
      @Parameter(description = "The ETag of the revision the change is based on, or *")
          @HeaderParam(HttpHeaders.IF_MATCH)
          String ifMatch,
      String body) {
    return writes.write(code, itemId(id), body, ifMatch, false);
  }

  /**
   * Takes a step of the editorial process on an item: {@code {"step": "SUBMIT", "comment": "…"}}. A
   * token acts as an editor of its office: it submits and comments, and publishes only where the
   * office's policy lets editors publish. A refused step answers 409 saying why; nothing changes. A
   * submit or publish that the office's quality gate blocks answers 422 with the findings; one it
   * lets through (it warns) lists them in the answer's {@code findings}.
   */
  @POST
  @Path("{id}/steps")
  @Consumes(MediaType.APPLICATION_JSON)
  @RequiresToken(ApiScope.WRITE)
  @Operation(
      operationId = "takeStep",
      summary = "Takes a step of the editorial process",
      description =
          "step: SUBMIT, PUBLISH (where the office lets editors publish), UNPUBLISH… A token acts"
              + " as an editor of its office.")
  @SecurityRequirement(name = ApiApplication.TOKEN)
  @APIResponse(
      responseCode = "429",
      description = Described.TOO_MANY,
      headers = @Header(name = "Retry-After", description = "Seconds to wait"),
      ref = ApiApplication.PROBLEM)
  @RequestBody(required = true, content = @Content(schema = @Schema(ref = "ItemStepBody")))
  @APIResponse(
      responseCode = "200",
      description = "Where the item stands now",
      content = @Content(schema = @Schema(ref = "ItemStepJson")))
  @APIResponse(
      responseCode = "400",
      description = Described.BAD_REQUEST,
      ref = ApiApplication.PROBLEM)
  @APIResponse(responseCode = "401", description = Described.NO_TOKEN, ref = ApiApplication.PROBLEM)
  @APIResponse(
      responseCode = "403",
      description = Described.FORBIDDEN,
      ref = ApiApplication.PROBLEM)
  @APIResponse(
      responseCode = "404",
      description = Described.NOT_FOUND,
      ref = ApiApplication.PROBLEM)
  @APIResponse(
      responseCode = "415",
      description = Described.UNSUPPORTED,
      ref = ApiApplication.PROBLEM)
  @APIResponse(responseCode = "422", description = Described.INVALID, ref = ApiApplication.PROBLEM)
  @APIResponse(
      responseCode = "409",
      description = "The step is refused: the problem says why",
      ref = ApiApplication.PROBLEM)
  public ItemStepJson step(
      @PathParam("code") String code, @PathParam("id") String id, String body) {
    AuthenticatedToken token = caller.require();
    long itemId = itemId(id);
    ItemStepBody wanted = ItemStepBody.parse(body);
    var done = workflow.takeAsEditor(itemId, wanted.step(), token.actor(), wanted.comment());
    boolean checked =
        wanted.step() == org.meridian.workflow.review.Transition.SUBMIT
            || wanted.step() == org.meridian.workflow.review.Transition.PUBLISH;
    return ItemStepJson.of(done, checked ? qualityGate.findings(itemId) : java.util.List.of());
  }

  /**
   * Gives an item exactly these themes and tags: {@code {"themes": [codes], "tags": [ids]}}.
   * Unknown theme codes and tag ids that are not the office's are refused with 400, naming them;
   * nothing is changed then. Answers the item as it is now.
   */
  @PUT
  @Path("{id}/classification")
  @Consumes(MediaType.APPLICATION_JSON)
  @RequiresToken(ApiScope.WRITE)
  @Operation(operationId = "classifyItem", summary = "Gives an item exactly these themes and tags")
  @SecurityRequirement(name = ApiApplication.TOKEN)
  @APIResponse(
      responseCode = "429",
      description = Described.TOO_MANY,
      headers = @Header(name = "Retry-After", description = "Seconds to wait"),
      ref = ApiApplication.PROBLEM)
  @RequestBody(
      required = true,
      content = @Content(schema = @Schema(ref = "ItemClassificationBody")))
  @APIResponse(
      responseCode = "200",
      description = "The item",
      content = @Content(schema = @Schema(ref = "ItemJson")))
  @APIResponse(
      responseCode = "400",
      description = Described.BAD_REQUEST,
      ref = ApiApplication.PROBLEM)
  @APIResponse(responseCode = "401", description = Described.NO_TOKEN, ref = ApiApplication.PROBLEM)
  @APIResponse(
      responseCode = "403",
      description = Described.FORBIDDEN,
      ref = ApiApplication.PROBLEM)
  @APIResponse(
      responseCode = "404",
      description = Described.NOT_FOUND,
      ref = ApiApplication.PROBLEM)
  @APIResponse(
      responseCode = "415",
      description = Described.UNSUPPORTED,
      ref = ApiApplication.PROBLEM)
  @APIResponse(responseCode = "422", description = Described.INVALID, ref = ApiApplication.PROBLEM)
  public Response classify(
      @PathParam("code") String code, @PathParam("id") String id, String body) {
    AuthenticatedToken token = caller.require();
    long itemId = itemId(id);
    ItemClassificationBody wanted = ItemClassificationBody.parse(body);
    classification.classify(itemId, wanted.themes(), wanted.tags(), token.actor());
    return reads.one(code, itemId);
  }

  /**
   * Moves an item to the trash: it goes offline at once and keeps its revisions and its address. A
   * token acts as an editor of its office, who may trash; restoring from the trash is for the
   * office's administrators, in the console.
   */
  @DELETE
  @Path("{id}")
  @RequiresToken(ApiScope.WRITE)
  @Operation(
      operationId = "trashItem",
      summary = "Moves an item to the trash (restoring is for administrators, in the console)")
  @SecurityRequirement(name = ApiApplication.TOKEN)
  @APIResponse(
      responseCode = "429",
      description = Described.TOO_MANY,
      headers = @Header(name = "Retry-After", description = "Seconds to wait"),
      ref = ApiApplication.PROBLEM)
  @APIResponse(responseCode = "204", description = "In the trash")
  @APIResponse(
      responseCode = "400",
      description = Described.BAD_REQUEST,
      ref = ApiApplication.PROBLEM)
  @APIResponse(responseCode = "401", description = Described.NO_TOKEN, ref = ApiApplication.PROBLEM)
  @APIResponse(
      responseCode = "403",
      description = Described.FORBIDDEN,
      ref = ApiApplication.PROBLEM)
  @APIResponse(
      responseCode = "404",
      description = Described.NOT_FOUND,
      ref = ApiApplication.PROBLEM)
  public Response trash(@PathParam("code") String code, @PathParam("id") String id) {
    AuthenticatedToken token = caller.require();
    long itemId = itemId(id);
    // An item already in the trash is not found, as for every other endpoint.
    queries.findForEditors(itemId).orElseThrow(() -> ContentNotFoundException.item(id));
    trash.moveToTrash(
        itemId,
        token.actor(),
        java.util.List.of(
            new org.meridian.tenancy.people.OfficeRole(
                token.office(), org.meridian.tenancy.people.Role.EDITOR)));
    return Response.noContent().build();
  }

  private static long itemId(String text) {
    try {
      return Long.parseLong(text);
    } catch (NumberFormatException e) {
      throw ContentNotFoundException.item("'" + text + "'");
    }
  }
}
