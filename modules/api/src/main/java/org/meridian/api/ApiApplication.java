package org.meridian.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.Components;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The JSON API lives below {@code /api/v1}. Payara describes it at {@code /openapi} from the
 * MicroProfile OpenAPI annotations of this module (scanned although it is a jar in the WAR: {@code
 * mp.openapi.extensions.scan.lib} in the app's microprofile-config.properties).
 */
@ApplicationPath("/api/v1")
@OpenAPIDefinition(
    info =
        @Info(
            title = "Meridian API",
            version = "1",
            description =
                "Public delivery of each office's live content (no token) and management of an"
                    + " office's items with an API token of that office. Errors are RFC 9457"
                    + " problems (application/problem+json). See docs/api.md."),
    tags = {
      @Tag(name = "delivery", description = "Live content, for anyone"),
      @Tag(name = "management", description = "An office's items, with a token of the office")
    },
    components =
        @Components(
            responses =
                @org.eclipse.microprofile.openapi.annotations.responses.APIResponse(
                    name = ApiApplication.PROBLEM,
                    description =
                        "An RFC 9457 problem: what to fix in 'detail', every invalid field in"
                            + " 'errors' with a stable 'code'",
                    content =
                        @org.eclipse.microprofile.openapi.annotations.media.Content(
                            mediaType = ApiError.PROBLEM_JSON,
                            schema =
                                @org.eclipse.microprofile.openapi.annotations.media.Schema(
                                    ref = "ApiError"))),
            securitySchemes =
                @SecurityScheme(
                    securitySchemeName = ApiApplication.TOKEN,
                    type = SecuritySchemeType.HTTP,
                    scheme = "bearer",
                    bearerFormat = "mrd_ followed by 43 characters",
                    description =
                        "An API token of the office in the path, issued in the console (API"
                            + " tokens)")))
public class ApiApplication extends Application {

  /** The name of the bearer token scheme in the OpenAPI document. */
  public static final String TOKEN = "token";

  /** The name of the problem response in the OpenAPI document's components. */
  public static final String PROBLEM = "Problem";
}
