package org.meridian.api;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.util.Locale;
import org.meridian.tenancy.TenantContext;
import org.meridian.tenancy.token.ApiScope;
import org.meridian.tenancy.token.ApiTokenRefusedException;
import org.meridian.tenancy.token.ApiTokens;
import org.meridian.tenancy.token.AuthenticatedToken;
import org.meridian.tenancy.token.NetworkTokenUsed;

/**
 * Lets a request reach a {@link RequiresToken} endpoint only with {@code Authorization: Bearer
 * <token>} of the office named in the path, with enough scope; it then resolves the request's
 * office to the token's. Answers, with a JSON {@link ApiError} saying what to fix:
 *
 * <ul>
 *   <li>401 and {@code WWW-Authenticate: Bearer} when the token is missing, malformed, unknown or
 *       revoked (RFC 6750);
 *   <li>429 with {@code Retry-After} when the token made more requests this minute than its own
 *       limit or {@code meridian.api.rate-limit} ({@value TokenRateLimit#PER_MINUTE} by default)
 *       allow ({@link TokenRateLimit});
 *   <li>403 when the token is valid but may not do this: its office is suspended or archived, it is
 *       another office's token, or it only reads and the endpoint writes. For another office's
 *       token 403 rather than 404: the list of offices is public, so a 404 would hide nothing, and
 *       403 tells the integrator which token to use. Nothing of the other office is read.
 * </ul>
 *
 * <p>HQ's network token names any office in the path: it acts on that office (404 when there is no
 * such active office), and each use is recorded in the audit trail ({@link NetworkTokenUsed})
 * before the request runs.
 */
@Provider
@RequiresToken
@Priority(Priorities.AUTHENTICATION)
@ApplicationScoped
public class ApiTokenFilter implements ContainerRequestFilter, ContainerResponseFilter {

  private static final String BEARER = "Bearer ";
  private static final String CHALLENGE = "Bearer realm=\"meridian\"";

  @Inject private ApiTokens tokens;
  @Inject private TenantContext tenant;
  @Inject private ApiCaller caller;
  @Context private ResourceInfo resource;

  @Inject private java.time.Clock clock;
  @Inject private LiveOffices offices;
  @Inject private jakarta.enterprise.event.Event<NetworkTokenUsed> networkUse;

  @Inject
  @org.eclipse.microprofile.config.inject.ConfigProperty(
      name = "meridian.api.rate-limit",
      defaultValue = "" + TokenRateLimit.PER_MINUTE)
  private int perMinute;

  private volatile TokenRateLimit rateLimit;

  /** The limiter, made once with the server's clock (meridian.clock.offset). */
  private TokenRateLimit rateLimit() {
    TokenRateLimit limit = rateLimit;
    if (limit == null) {
      synchronized (this) {
        if (rateLimit == null) {
          rateLimit = new TokenRateLimit(clock, perMinute);
        }
        limit = rateLimit;
      }
    }
    return limit;
  }

  @Override
  public void filter(ContainerRequestContext request) {
    String header = request.getHeaderString(HttpHeaders.AUTHORIZATION);
    if (header == null || header.isBlank()) {
      request.abortWith(
          unauthorized(
              null,
              "This endpoint needs an API token of the office: send 'Authorization: Bearer"
                  + " mrd_…'. Office administrators issue tokens in the console, under API"
                  + " tokens."));
      return;
    }
    if (!header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
      request.abortWith(
          unauthorized(
              "invalid_request",
              "Send the token as 'Authorization: Bearer mrd_…': other schemes are not accepted"));
      return;
    }
    AuthenticatedToken token;
    try {
      token = tokens.authenticate(header.substring(BEARER.length()));
    } catch (ApiTokenRefusedException e) {
      request.abortWith(
          e.reason() == ApiTokenRefusedException.Reason.OFFICE_NOT_ACTIVE
              ? forbidden(null, e.getMessage())
              : unauthorized("invalid_token", e.getMessage()));
      return;
    }
    String office = request.getUriInfo().getPathParameters().getFirst("code");
    if (token.network() && !token.office().code().value().equals(office)) {
      try {
        token = token.actingOn(offices.live(office));
      } catch (jakarta.ws.rs.NotFoundException e) {
        request.abortWith(ApiError.response(Response.Status.NOT_FOUND, e.getMessage()));
        return;
      }
    }
    if (!token.office().code().value().equals(office)) {
      request.abortWith(
          forbidden(
              null,
              "This token is for the office '"
                  + token.office().code()
                  + "': it gives no access to other offices"));
      return;
    }
    ApiScope needed = needed();
    if (!token.scope().allows(needed)) {
      request.abortWith(
          forbidden(
              "insufficient_scope",
              "This token may only "
                  + token.scope().name().toLowerCase(Locale.ROOT)
                  + ": this needs a token with the "
                  + needed.name().toLowerCase(Locale.ROOT)
                  + " scope"));
      return;
    }
    var wait = rateLimit().take(token.tokenId(), token.requestsPerMinute());
    if (wait.isPresent()) {
      request.abortWith(
          ApiError.builder(
                  429,
                  "Too Many Requests",
                  "This token made more than "
                      + (token.requestsPerMinute() != null
                          ? token.requestsPerMinute()
                          : rateLimit().perMinute())
                      + " requests this minute: retry in "
                      + wait.getAsLong()
                      + " seconds",
                  null)
              .header(HttpHeaders.RETRY_AFTER, Long.toString(wait.getAsLong()))
              .build());
      return;
    }
    if (token.network()) {
      networkUse.fire(
          new NetworkTokenUsed(
              token,
              request.getMethod() + " " + request.getUriInfo().getRequestUri().getRawPath()));
    }
    tenant.enter(token.office());
    caller.authenticatedAs(token);
  }

  /** Answers about an office's unpublished content are for the token holder only. */
  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    response.getHeaders().putSingle(HttpHeaders.CACHE_CONTROL, "no-store");
    response.getHeaders().add(HttpHeaders.VARY, HttpHeaders.AUTHORIZATION);
  }

  private ApiScope needed() {
    RequiresToken marked = resource.getResourceMethod().getAnnotation(RequiresToken.class);
    if (marked == null) {
      marked = resource.getResourceClass().getAnnotation(RequiresToken.class);
    }
    return marked == null ? ApiScope.WRITE : marked.value();
  }

  private static Response unauthorized(String error, String message) {
    return ApiError.builder(401, "Unauthorized", message, null)
        .header(HttpHeaders.WWW_AUTHENTICATE, challenge(error, message))
        .build();
  }

  private static Response forbidden(String error, String message) {
    Response.ResponseBuilder response = ApiError.builder(403, "Forbidden", message, null);
    if (error != null) {
      response.header(HttpHeaders.WWW_AUTHENTICATE, challenge(error, message));
    }
    return response.build();
  }

  private static String challenge(String error, String message) {
    if (error == null) {
      return CHALLENGE;
    }
    String description = message.replaceAll("[\"\\\\]", "'").replaceAll("[^\\x20-\\x7e]", "");
    return CHALLENGE + ", error=\"" + error + "\", error_description=\"" + description + "\"";
  }
}
