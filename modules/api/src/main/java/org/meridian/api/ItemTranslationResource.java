package org.meridian.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.meridian.content.ContentNotFoundException;
import org.meridian.content.EditorQueries;
import org.meridian.content.translation.TranslationQueries;
import org.meridian.content.translation.Translations;
import org.meridian.tenancy.token.ApiScope;

/**
 * Which items are translations of each other, through the console's {@link TranslationQueries} and
 * {@link Translations}: read an item's set, make an existing item the translation of another
 * ({@code PUT}), or take it out of its set ({@code DELETE}). The rules of translation sets (one
 * item a language, the office's languages, no set inside a set) answer 409 with their code when
 * they refuse.
 */
@Path("offices/{code}/items/{id}/translation")
@Tag(name = "management")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = ApiApplication.TOKEN)
public class ItemTranslationResource {

  @Inject private ApiCaller caller;
  @Inject private Translations translations;
  @Inject private TranslationQueries translationQueries;
  @Inject private EditorQueries queries;

  @GET
  @RequiresToken(ApiScope.READ)
  @Operation(operationId = "getTranslations", summary = "The item's translation set")
  @APIResponse(
      responseCode = "200",
      description = "The set: the source first, then every language of the office",
      content = @Content(schema = @Schema(ref = "TranslationSetJson")))
  public TranslationSetJson set(@PathParam("code") String code, @PathParam("id") String id) {
    return TranslationSetJson.of(translationQueries.setOf(existing(id)));
  }

  @PUT
  @Consumes(MediaType.APPLICATION_JSON)
  @RequiresToken(ApiScope.WRITE)
  @Operation(
      operationId = "linkTranslation",
      summary = "Makes the item the translation of another item of the office")
  @RequestBody(required = true, content = @Content(schema = @Schema(ref = "TranslationLinkBody")))
  @APIResponse(
      responseCode = "200",
      description = "The set the item now belongs to",
      content = @Content(schema = @Schema(ref = "TranslationSetJson")))
  @APIResponse(
      responseCode = "409",
      description = "The rules of translation sets refuse it: the problem says why",
      ref = ApiApplication.PROBLEM)
  public TranslationSetJson link(
      @PathParam("code") String code, @PathParam("id") String id, String body) {
    long itemId = existing(id);
    TranslationLinkBody wanted = TranslationLinkBody.parse(body);
    existing(Long.toString(wanted.source()));
    translations.link(wanted.source(), itemId, caller.require().actor());
    return TranslationSetJson.of(translationQueries.setOf(itemId));
  }

  @DELETE
  @RequiresToken(ApiScope.WRITE)
  @Operation(
      operationId = "unlinkTranslation",
      summary = "Takes the item out of its translation set: it becomes an item of its own")
  @APIResponse(
      responseCode = "200",
      description = "The item's set now: itself alone",
      content = @Content(schema = @Schema(ref = "TranslationSetJson")))
  @APIResponse(
      responseCode = "409",
      description = "The item is not a translation",
      ref = ApiApplication.PROBLEM)
  public TranslationSetJson unlink(@PathParam("code") String code, @PathParam("id") String id) {
    long itemId = existing(id);
    translations.unlink(itemId, caller.require().actor());
    return TranslationSetJson.of(translationQueries.setOf(itemId));
  }

  private long existing(String id) {
    long itemId = ContentItems.id(id);
    queries.findForEditors(itemId).orElseThrow(() -> ContentNotFoundException.item(id));
    return itemId;
  }
}
