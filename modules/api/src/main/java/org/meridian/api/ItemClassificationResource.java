package org.meridian.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.meridian.content.taxonomy.Classification;
import org.meridian.tenancy.token.ApiScope;

/**
 * Gives an item exactly these themes and tags: {@code {"themes": [codes], "tags": [ids]}}. Unknown
 * theme codes and tag ids that are not the office's are refused, naming them; nothing is changed
 * then. Answers the item as it is now.
 */
@Path("offices/{code}/items/{id}/classification")
@Tag(name = "management")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = ApiApplication.TOKEN)
public class ItemClassificationResource {

  @Inject private ApiCaller caller;
  @Inject private Classification classification;
  @Inject private ItemReads reads;

  @PUT
  @Consumes(MediaType.APPLICATION_JSON)
  @RequiresToken(ApiScope.WRITE)
  @Operation(operationId = "classifyItem", summary = "Gives an item exactly these themes and tags")
  @RequestBody(
      required = true,
      content = @Content(schema = @Schema(ref = "ItemClassificationBody")))
  @APIResponse(
      responseCode = "200",
      description = "The item",
      content = @Content(schema = @Schema(ref = "ItemJson")))
  public Response classify(
      @PathParam("code") String code, @PathParam("id") String id, String body) {
    long itemId = ContentItems.id(id);
    ItemClassificationBody wanted = ItemClassificationBody.parse(body);
    classification.classify(itemId, wanted.themes(), wanted.tags(), caller.require().actor());
    return reads.one(code, itemId);
  }
}
