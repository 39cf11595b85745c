package org.meridian.api;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.meridian.tenancy.office.OfficeCode;
import org.meridian.tenancy.office.OfficeDirectory;
import org.meridian.tenancy.office.OfficeRef;
import org.meridian.tenancy.office.OfficeStatus;
import org.meridian.tenancy.office.OfficeType;
import org.meridian.tenancy.token.ApiOrigins;

/**
 * CORS for the public reads: a browser page on an origin the office allows ({@link ApiOrigins}, set
 * in the console on the office's API tokens page) may read the office's API. The office is the one
 * the path names ({@code /offices/{code}/…}); the network's lists ({@code /offices}, {@code
 * /themes}, the index) follow HQ's list. Answers name the origin itself, never {@code *}, and never
 * allow credentials; only {@code GET} and {@code HEAD} with {@code If-None-Match} are allowed, so a
 * token (an {@code Authorization} header) is never sent across origins. Every read that carries an
 * {@code Origin} varies by it, for caches.
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION - 200)
@ApplicationScoped
public class CorsFilter implements ContainerRequestFilter, ContainerResponseFilter {

  private static final Pattern OFFICE_PATH = Pattern.compile("^/?offices/([^/?]+)");
  private static final Set<String> READS = Set.of("GET", "HEAD");
  private static final String ALLOWED_HEADERS = "Accept, If-None-Match";
  private static final String EXPOSED = "ETag, Link, Retry-After";
  static final int PREFLIGHT_SECONDS = 600;

  @Inject private ApiOrigins origins;
  @Inject private OfficeDirectory offices;

  /** Answers a preflight ({@code OPTIONS} with {@code Access-Control-Request-Method}) at once. */
  @Override
  public void filter(ContainerRequestContext request) {
    String origin = request.getHeaderString("Origin");
    String wanted = request.getHeaderString("Access-Control-Request-Method");
    if (!"OPTIONS".equals(request.getMethod()) || origin == null || wanted == null) {
      return;
    }
    Response.ResponseBuilder answer =
        Response.noContent().header(HttpHeaders.VARY, "Origin").header("Cache-Control", "no-store");
    if (READS.contains(wanted) && allowed(request.getUriInfo().getPath(), origin)) {
      answer
          .header("Access-Control-Allow-Origin", origin)
          .header("Access-Control-Allow-Methods", "GET, HEAD")
          .header("Access-Control-Allow-Headers", ALLOWED_HEADERS)
          .header("Access-Control-Max-Age", PREFLIGHT_SECONDS);
    }
    request.abortWith(answer.build());
  }

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    String origin = request.getHeaderString("Origin");
    if (origin == null || !READS.contains(request.getMethod())) {
      return;
    }
    response.getHeaders().add(HttpHeaders.VARY, "Origin");
    if (allowed(request.getUriInfo().getPath(), origin)) {
      response.getHeaders().putSingle("Access-Control-Allow-Origin", origin);
      response.getHeaders().putSingle("Access-Control-Expose-Headers", EXPOSED);
    }
  }

  private boolean allowed(String path, String origin) {
    return office(path)
        .map(office -> origins.of(office).stream().anyMatch(o -> o.matches(origin)))
        .orElse(false);
  }

  /** The office the path names, or HQ for the network's own resources; empty for an unknown one. */
  private Optional<OfficeRef> office(String path) {
    Matcher named = OFFICE_PATH.matcher(path == null ? "" : path);
    Optional<OfficeRef> office =
        named.find()
            ? OfficeCode.parse(named.group(1)).flatMap(offices::find)
            : offices.all().stream().filter(o -> o.type() == OfficeType.HQ).findFirst();
    return office.filter(o -> o.status() != OfficeStatus.ARCHIVED);
  }
}
