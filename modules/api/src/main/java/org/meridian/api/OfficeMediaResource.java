package org.meridian.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.meridian.content.media.MediaItem;
import org.meridian.content.media.MediaLibrary;
import org.meridian.tenancy.token.ApiScope;
import org.meridian.tenancy.token.AuthenticatedToken;

/**
 * The office's media library, through the console's {@link MediaLibrary}: upload a file (the same
 * content sniffing, size and pixel limits and alt-text rule as the console's media page) and read
 * one file's description, with the absolute addresses of its original and every rendition. Files of
 * another office are never found (404); HQ's shared files are read like the office's own.
 */
@Path("offices/{code}/media")
@Tag(name = "management")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = ApiApplication.TOKEN)
public class OfficeMediaResource {

  @Inject private ApiCaller caller;
  @Inject private MediaLibrary library;

  @POST
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  @RequiresToken(ApiScope.WRITE)
  @Operation(
      operationId = "uploadMedia",
      summary = "Adds a file to the office's media library",
      description =
          "multipart/form-data with the parts file (required), title, altText (required for an"
              + " image unless decorative is true), decorative, caption, credit. Images (JPEG,"
              + " PNG, GIF, WebP) and documents (PDF, Office) are recognised by their content, not"
              + " their name; the size and pixel limits are the console's (413 above them).")
  @RequestBody(
      required = true,
      content =
          @Content(
              mediaType = MediaType.MULTIPART_FORM_DATA,
              schema = @Schema(ref = "MediaUpload")))
  @APIResponse(
      responseCode = "201",
      description = "The file; Location is its address",
      content = @Content(schema = @Schema(ref = "MediaJson")))
  public Response upload(
      @PathParam("code") String code, List<EntityPart> parts, @Context UriInfo uri) {
    AuthenticatedToken token = caller.require();
    MediaUpload.Form form = MediaUpload.read(parts, library.limits());
    MediaItem item =
        library.upload(form.file().name(), form.file().bytes(), form.details(), token.actor());
    return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(item.id())).build())
        .entity(MediaJson.of(item, null, uri.getBaseUri().resolve("/")))
        .build();
  }

  @GET
  @Path("{mediaId}")
  @RequiresToken(ApiScope.READ)
  @Operation(
      operationId = "getMedia",
      summary = "One file of the office's library (or HQ's shared one), with its addresses")
  @APIResponse(
      responseCode = "200",
      description = "The file",
      content = @Content(schema = @Schema(ref = "MediaJson")))
  public MediaJson media(
      @PathParam("code") String code, @PathParam("mediaId") String id, @Context UriInfo uri) {
    long mediaId = ContentItems.id(id);
    return library
        .find(mediaId)
        .map(m -> MediaJson.of(m, null, uri.getBaseUri().resolve("/")))
        .orElseThrow(
            () ->
                new jakarta.ws.rs.NotFoundException("No file " + id + " in this office's library"));
  }
}
