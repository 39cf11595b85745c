package org.meridian.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Map;
import org.meridian.content.ContentItem;
import org.meridian.content.ContentNotFoundException;
import org.meridian.content.ContentQueries;
import org.meridian.content.ContentService;
import org.meridian.content.ContentSummary;
import org.meridian.content.translation.TranslationState;
import org.meridian.content.translation.Translations;
import org.meridian.tenancy.token.ApiScope;
import org.meridian.tenancy.token.AuthenticatedToken;

/**
 * Management of one office's items with an API token of that office: every item, drafts included,
 * and new drafts. {@link ApiTokenFilter} has checked the token and resolved the office before any
 * method here runs, so every read and write below is the token's office's.
 */
@Path("offices/{code}/items")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class OfficeItemsResource {

  static final int MAX_LIMIT = 500;

  @Inject private ContentQueries queries;
  @Inject private ContentService content;
  @Inject private ApiCaller caller;
  @Inject private Translations translations;

  /**
   * Every item of the office, most recently changed first; {@code ?translation=outdated} or {@code
   * current} keeps the translations that are outdated or up to date with their source.
   */
  @GET
  @RequiresToken(ApiScope.READ)
  public OfficeItemsPage list(
      @PathParam("code") String code,
      @QueryParam("limit") @DefaultValue("100") String limit,
      @QueryParam("translation") String translation) {
    List<ContentSummary> items =
        queries.listForEditors(
            ApiParameters.translation(translation), ApiParameters.limit(limit, MAX_LIMIT));
    Map<Long, TranslationState> states =
        translations.statesOf(items.stream().map(ContentSummary::itemId).toList());
    return new OfficeItemsPage(
        code,
        items.stream()
            .map(item -> ItemJson.of(code, item, null, states.get(item.itemId())))
            .toList());
  }

  @GET
  @Path("{id}")
  @RequiresToken(ApiScope.READ)
  public ItemJson item(@PathParam("code") String code, @PathParam("id") String id) {
    long itemId = itemId(id);
    return queries
        .findForEditors(itemId)
        .map(
            item ->
                ItemJson.of(
                    code,
                    item,
                    queries.findEditable(itemId).orElseThrow().fields(),
                    translations.statesOf(List.of(item.itemId())).get(item.itemId())))
        .orElseThrow(() -> new ContentNotFoundException("Item " + id));
  }

  /**
   * Creates a draft from {@code {type, language, slug, title, summary, body}}: 201 with its
   * address. The draft is written in one transaction: a refused request leaves nothing behind.
   */
  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @RequiresToken(ApiScope.WRITE)
  public Response create(@PathParam("code") String code, String body, @Context UriInfo uri) {
    AuthenticatedToken token = caller.require();
    NewItem item = NewItem.parse(body, token.office());
    ContentItem created =
        content.create(item.type(), item.language(), item.slug(), item.input(), token.actor());
    ItemJson json =
        queries
            .findForEditors(created.getId())
            .map(summary -> ItemJson.of(code, summary, created.latestRevision().fields(), null))
            .orElseThrow();
    return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(json.id())).build())
        .entity(json)
        .build();
  }

  /**
   * Saves a new revision of an item from {@code {basedOnRevision, title, summary, body}}: 200 with
   * the item. {@code basedOnRevision} is the revision the client's text started from; when someone
   * saved a newer one since, nothing is written and the answer is 409 with what they changed and
   * the client's fields ({@link ConflictJson}).
   */
  @PUT
  @Path("{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  @RequiresToken(ApiScope.WRITE)
  public ItemJson save(@PathParam("code") String code, @PathParam("id") String id, String body) {
    AuthenticatedToken token = caller.require();
    long itemId = itemId(id);
    ItemUpdate update = ItemUpdate.parse(body);
    try {
      content.saveRevision(itemId, update.basedOnRevision(), update.input(), token.actor());
    } catch (IllegalArgumentException noSuchRevision) {
      throw new InvalidFieldException("basedOnRevision", noSuchRevision.getMessage());
    }
    return queries
        .findForEditors(itemId)
        .map(item -> ItemJson.of(code, item))
        .orElseThrow(() -> new ContentNotFoundException("Item " + id));
  }

  private static long itemId(String text) {
    try {
      return Long.parseLong(text);
    } catch (NumberFormatException e) {
      throw new ContentNotFoundException("Item '" + text + "'");
    }
  }
}
