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
import org.meridian.content.TranslationFilter;
import org.meridian.content.taxonomy.Classification;
import org.meridian.content.taxonomy.ItemTerms;
import org.meridian.content.taxonomy.TaxonomyQueries;
import org.meridian.content.translation.TranslationState;
import org.meridian.content.translation.Translations;
import org.meridian.tenancy.TenantContext;
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
  @Inject private org.meridian.workflow.review.Workflow workflow;
  @Inject private Translations translations;
  @Inject private TaxonomyQueries taxonomy;
  @Inject private Classification classification;
  @Inject private TenantContext tenant;
  @Inject private org.meridian.workflow.quality.QualityGate qualityGate;

  /**
   * Every item of the office, most recently changed first; {@code ?translation=outdated} or {@code
   * current} keeps the translations that are outdated or up to date with their source; only those
   * carrying the theme ({@code theme}, a code) and the tag ({@code tag}, an address) when given.
   */
  @GET
  @RequiresToken(ApiScope.READ)
  public OfficeItemsPage list(
      @PathParam("code") String code,
      @QueryParam("limit") @DefaultValue("100") String limit,
      @QueryParam("translation") String translation,
      @QueryParam("theme") String theme,
      @QueryParam("tag") String tag) {
    int max = ApiParameters.limit(limit, MAX_LIMIT);
    TranslationFilter translationFilter = ApiParameters.translation(translation);
    var themeCode = ApiParameters.theme(theme);
    var tagSlug = ApiParameters.tag(tag);
    taxonomy.requireKnown(themeCode, tagSlug);
    List<ContentSummary> items =
        themeCode.isEmpty() && tagSlug.isEmpty()
            ? queries.listForEditors(translationFilter, max)
            : taxonomy.listForEditors(themeCode, tagSlug, max);
    Map<Long, TranslationState> states =
        translations.statesOf(items.stream().map(ContentSummary::itemId).toList());
    if (translationFilter != TranslationFilter.ANY) {
      TranslationState wanted =
          translationFilter == TranslationFilter.OUTDATED
              ? TranslationState.OUTDATED
              : TranslationState.UP_TO_DATE;
      items = items.stream().filter(i -> states.get(i.itemId()) == wanted).toList();
    }
    return new OfficeItemsPage(code, withTerms(code, items, states));
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
                withTerms(
                        code,
                        List.of(item),
                        queries.findEditable(itemId).orElseThrow().fields(),
                        translations.statesOf(List.of(item.itemId())))
                    .get(0))
        .orElseThrow(() -> ContentNotFoundException.item(id));
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
            .map(
                summary ->
                    ItemJson.of(
                        code, summary, created.latestRevision().fields(), null, ItemTerms.NONE))
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
    // The update gives title, summary and body; every other field stays as the latest revision has
    // it.
    var latest = queries.findEditable(itemId).orElseThrow(() -> ContentNotFoundException.item(id));
    var text = update.input();
    var input =
        new org.meridian.content.RevisionInput(
            text.title(),
            text.summary(),
            text.body(),
            latest.latest().common(),
            latest.fields().json());
    try {
      content.saveRevision(itemId, update.basedOnRevision(), input, token.actor());
    } catch (IllegalArgumentException noSuchRevision) {
      throw new InvalidFieldException("basedOnRevision", noSuchRevision.getMessage());
    }
    return queries
        .findForEditors(itemId)
        .map(item -> ItemJson.of(code, item))
        .orElseThrow(() -> ContentNotFoundException.item(id));
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
  public ItemStepJson step(
      @PathParam("code") String code, @PathParam("id") String id, String body) {
    AuthenticatedToken token = caller.require();
    long itemId = itemId(id);
    ItemStepBody wanted = ItemStepBody.parse(body);
    var done = workflow.takeAsEditor(itemId, wanted.step(), token.actor(), wanted.comment());
    boolean checked =
        wanted.step() == org.meridian.workflow.review.Transition.SUBMIT
            || wanted.step() == org.meridian.workflow.review.Transition.PUBLISH;
    return ItemStepJson.of(done, checked ? qualityGate.findings(itemId) : List.of());
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
  public ItemJson classify(
      @PathParam("code") String code, @PathParam("id") String id, String body) {
    AuthenticatedToken token = caller.require();
    long itemId = itemId(id);
    ItemClassificationBody wanted = ItemClassificationBody.parse(body);
    classification.classify(itemId, wanted.themes(), wanted.tags(), token.actor());
    return item(code, id);
  }

  private List<ItemJson> withTerms(
      String code, List<ContentSummary> items, Map<Long, TranslationState> states) {
    return withTerms(code, items, null, states);
  }

  private List<ItemJson> withTerms(
      String code,
      List<ContentSummary> items,
      org.meridian.content.fields.TypeFields fields,
      Map<Long, TranslationState> states) {
    var terms =
        classification.of(
            items.stream().map(ContentSummary::itemId).toList(),
            tenant.require().defaultLanguage());
    return items.stream()
        .map(
            item ->
                ItemJson.of(
                    code,
                    item,
                    fields,
                    states.get(item.itemId()),
                    terms.getOrDefault(item.itemId(), ItemTerms.NONE)))
        .toList();
  }

  private static long itemId(String text) {
    try {
      return Long.parseLong(text);
    } catch (NumberFormatException e) {
      throw ContentNotFoundException.item("'" + text + "'");
    }
  }
}
