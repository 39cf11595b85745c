package org.meridian.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.meridian.content.ContentNotFoundException;
import org.meridian.content.syndication.Copies;
import org.meridian.content.syndication.CopyView;
import org.meridian.content.syndication.ShareProgress;
import org.meridian.content.syndication.Sharing;
import org.meridian.tenancy.token.ApiScope;

/**
 * Syndication, read with an API token of the office: how the sharing of one of its items stands
 * (progress and the report per office), and the items other offices shared with it. Sharing and
 * withdrawing are people's decisions (publishers and administrators), made in the console: a token
 * acts as an editor of its office.
 */
@Path("offices/{code}/sharing")
@Tag(name = "management")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = ApiApplication.TOKEN)
public class OfficeSharingResource {

  @Inject private Sharing sharing;
  @Inject private Copies copies;

  /** The latest sharing of item {@code id} of the office; 404 when it was never shared. */
  @GET
  @Path("items/{id}")
  @RequiresToken(ApiScope.READ)
  @Operation(
      operationId = "getSharing",
      summary = "How the latest sharing of an item of the office stands")
  @APIResponse(
      responseCode = "200",
      description = "The sharing and one line per receiving office",
      content = @Content(schema = @Schema(ref = "ShareProgress")))
  public ShareProgress progress(@PathParam("code") String code, @PathParam("id") String id) {
    long itemId = ContentItems.id(id);
    return sharing.progressOf(itemId).orElseThrow(() -> ContentNotFoundException.sharingOf(id));
  }

  /** The office's copies of items other offices shared with it. */
  @GET
  @Path("copies")
  @RequiresToken(ApiScope.READ)
  @Operation(
      operationId = "listCopies",
      summary = "The office's copies of items other offices shared with it")
  @APIResponse(
      responseCode = "200",
      description = "The copies",
      content = @Content(schema = @Schema(type = SchemaType.ARRAY, ref = "CopyView")))
  public List<CopyView> copies(@PathParam("code") String code) {
    return copies.list();
  }
}
