package org.meridian.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.meridian.content.taxonomy.Themes;
import org.meridian.tenancy.office.LanguageTag;

/**
 * The network's themes, for integrators to know the codes they may filter by: {@code
 * /themes?lang=fr} names them in French (English when a theme has no French name).
 */
@Path("themes")
@Tag(name = "delivery")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ThemesResource {

  @Inject private Themes themes;

  @GET
  @Operation(operationId = "listThemes", summary = "The network's themes, named in one language")
  @APIResponse(
      responseCode = "200",
      description = "The themes",
      headers = @Header(name = "ETag", description = "A hash of the answer, for If-None-Match"),
      content = @Content(schema = @Schema(type = SchemaType.ARRAY, ref = "ThemeLabel")))
  @APIResponse(responseCode = "304", description = Described.NOT_MODIFIED)
  public Response list(
      @QueryParam("lang") String lang, @jakarta.ws.rs.core.Context Request request) {
    LanguageTag language =
        lang == null || lang.isBlank()
            ? new LanguageTag("en")
            : LanguageTag.parse(lang)
                .orElseThrow(() -> new IllegalArgumentException("'lang' must be a language tag"));
    return PublicCache.answer(request, themes.labels(language));
  }
}
