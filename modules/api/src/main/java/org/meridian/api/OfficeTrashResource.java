package org.meridian.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.meridian.content.ContentTrash;
import org.meridian.content.TrashedItem;
import org.meridian.tenancy.token.ApiScope;
import org.meridian.tenancy.token.AuthenticatedToken;

/**
 * The office's trash, through the console's {@link ContentTrash}: who may see it and restore from
 * it is the trash's own rule ({@link org.meridian.content.TrashRules}): the office's administrators
 * and HQ's. An office's token acts as an editor and is refused (403, code {@code
 * trash.admins_of_0_only}); HQ's network token acts as HQ's administrators do. Items are moved to
 * the trash by {@code DELETE /offices/{code}/items/{id}}.
 */
@Path("offices/{code}/trash")
@Tag(name = "management")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = ApiApplication.TOKEN)
public class OfficeTrashResource {

  @Inject private ApiCaller caller;
  @Inject private ContentTrash trash;
  @Inject private ItemReads reads;

  @GET
  @RequiresToken(ApiScope.READ)
  @Operation(
      operationId = "listTrash",
      summary = "The items in the office's trash, most recently trashed first")
  @APIResponse(
      responseCode = "200",
      description = "The items in the trash",
      content = @Content(schema = @Schema(type = SchemaType.ARRAY, ref = "TrashedItem")))
  public List<TrashedItem> list(@PathParam("code") String code) {
    return trash.listFor(caller.require().roles());
  }

  @POST
  @Path("{id}/restore")
  @RequiresToken(ApiScope.WRITE)
  @Operation(
      operationId = "restoreItem",
      summary = "Takes an item out of the trash, as an offline draft")
  @APIResponse(
      responseCode = "200",
      description = "The item, restored",
      content = @Content(schema = @Schema(ref = "ItemJson")))
  public Response restore(@PathParam("code") String code, @PathParam("id") String id) {
    AuthenticatedToken token = caller.require();
    long itemId = ContentItems.id(id);
    trash.restore(itemId, token.actor(), token.roles());
    return reads.one(code, itemId);
  }
}
