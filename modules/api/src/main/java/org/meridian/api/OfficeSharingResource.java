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
import org.eclipse.microprofile.openapi.annotations.headers.Header;
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
  @SecurityRequirement(name = ApiApplication.TOKEN)
  @APIResponse(
      responseCode = "429",
      description = Described.TOO_MANY,
      headers = @Header(name = "Retry-After", description = "Seconds to wait"),
      ref = ApiApplication.PROBLEM)
  @APIResponse(
      responseCode = "200",
      description = "The sharing and one line per receiving office",
      content = @Content(schema = @Schema(ref = "ShareProgress")))
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
  public ShareProgress progress(@PathParam("code") String code, @PathParam("id") String id) {
    long itemId = itemId(id);
    return sharing.progressOf(itemId).orElseThrow(() -> ContentNotFoundException.sharingOf(id));
  }

  /** The office's copies of items other offices shared with it. */
  @GET
  @Path("copies")
  @RequiresToken(ApiScope.READ)
  @Operation(
      operationId = "listCopies",
      summary = "The office's copies of items other offices shared with it")
  @SecurityRequirement(name = ApiApplication.TOKEN)
  @APIResponse(
      responseCode = "429",
      description = Described.TOO_MANY,
      headers = @Header(name = "Retry-After", description = "Seconds to wait"),
      ref = ApiApplication.PROBLEM)
  @APIResponse(
      responseCode = "200",
      description = "The copies",
      content = @Content(schema = @Schema(type = SchemaType.ARRAY, ref = "CopyView")))
  @APIResponse(responseCode = "401", description = Described.NO_TOKEN, ref = ApiApplication.PROBLEM)
  @APIResponse(
      responseCode = "403",
      description = Described.FORBIDDEN,
      ref = ApiApplication.PROBLEM)
  public List<CopyView> copies(@PathParam("code") String code) {
    return copies.list();
  }

  private static long itemId(String text) {
    try {
      return Long.parseLong(text);
    } catch (NumberFormatException e) {
      throw ContentNotFoundException.item("'" + text + "'");
    }
  }
}
