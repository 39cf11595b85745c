package org.meridian.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code GET /api/v1/}: where an integrator starts, linking every resource and the description. */
@Path("")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "delivery")
public class IndexResource {

  /** The index: the API's version and its resources, with templated addresses (RFC 6570). */
  public record IndexJson(String name, String version, String openapi, List<LinkJson> links) {}

  /**
   * A resource of the API: its relation, address (absolute, maybe templated) and whether it needs a
   * token.
   */
  public record LinkJson(String rel, String href, boolean templated, boolean token, String title) {}

  @GET
  @Operation(
      operationId = "index",
      summary = "The API's index: its resources and its OpenAPI description")
  @APIResponse(
      responseCode = "200",
      description = "The index",
      content = @Content(schema = @Schema(ref = "IndexJson")))
  @APIResponse(responseCode = "304", description = "Not modified since the ETag sent")
  public Response index(@Context UriInfo uri, @Context Request request) {
    String base = uri.getBaseUri().toString().replaceAll("/$", "");
    String site = uri.getBaseUri().resolve("/").toString().replaceAll("/$", "");
    List<LinkJson> links =
        List.of(
            new LinkJson("offices", base + "/offices", false, false, "The network's offices"),
            new LinkJson("office", base + "/offices/{code}", true, false, "One office"),
            new LinkJson("themes", base + "/themes{?lang}", true, false, "The network's themes"),
            new LinkJson(
                "content",
                base
                    + "/offices/{code}/content{?lang,page,size,type,kind,theme,tag,updatedSince,sort,fields,include}",
                true,
                false,
                "An office's live items, a page at a time"),
            new LinkJson(
                "content-item",
                base + "/offices/{code}/content/{id}{?fields,include}",
                true,
                false,
                "One live item"),
            new LinkJson(
                "content-by-path",
                base + "/offices/{code}/content/by-path{?lang,path,fields,include}",
                true,
                false,
                "One live item by its address"),
            new LinkJson(
                "search",
                base + "/offices/{code}/{lang}/search{?q,page}",
                true,
                false,
                "Full-text search"),
            new LinkJson(
                "items",
                base + "/offices/{code}/items{?page,size,type,language,theme,tag,translation,sort}",
                true,
                true,
                "Every item of the office, drafts included"),
            new LinkJson(
                "item",
                base + "/offices/{code}/items/{id}",
                true,
                true,
                "One item, to read and change"),
            new LinkJson(
                "steps",
                base + "/offices/{code}/items/{id}/steps",
                true,
                true,
                "The editorial process of an item, step by step"),
            new LinkJson(
                "schedules",
                base + "/offices/{code}/items/{id}/schedules",
                true,
                true,
                "Scheduled publish and unpublish of an item"),
            new LinkJson(
                "translation",
                base + "/offices/{code}/items/{id}/translation",
                true,
                true,
                "An item's translation set: link and unlink"),
            new LinkJson("trash", base + "/offices/{code}/trash", true, true, "The office's trash"),
            new LinkJson(
                "media",
                base + "/offices/{code}/media",
                true,
                true,
                "The office's media library: upload, read one file"));
    return PublicCache.answer(
        request, new IndexJson("Meridian API", "1", site + "/openapi", links));
  }
}
