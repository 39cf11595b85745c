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
import org.meridian.content.taxonomy.Themes;
import org.meridian.tenancy.office.LanguageTag;

/**
 * The network's themes, for integrators to know the codes they may filter by: {@code
 * /themes?lang=fr} names them in French (English when a theme has no French name).
 */
@Path("themes")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ThemesResource {

  @Inject private Themes themes;

  @GET
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
