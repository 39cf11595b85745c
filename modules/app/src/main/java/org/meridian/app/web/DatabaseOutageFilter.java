package org.meridian.app.web;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.meridian.app.database.ConnectionUse;
import org.meridian.app.database.DatabaseTimeouts;
import org.meridian.tenancy.health.DatabaseAvailability;

/**
 * What a request costs while the database is away ({@link DatabaseAvailability}):
 *
 * <ul>
 *   <li>every GET and HEAD waits for the database at most {@code meridian.db.timeout-seconds} per
 *       answer ({@link ConnectionUse#whileReading});
 *   <li>the console, its sign-in, the API and media files answer 503 with {@code Retry-After} at
 *       once, never cacheable, while the circuit is open (the public pages decide for themselves:
 *       they serve what this server kept, {@code SiteServlet}); a console session is kept, and goes
 *       on when the database is back;
 *   <li>a request that meets a database failure has the watch ask the database at once and, if
 *       nothing was sent yet, answers the same 503 rather than a 500.
 * </ul>
 */
public class DatabaseOutageFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;

  @Inject private transient DatabaseAvailability availability;

  private int readMillis;

  @Override
  public void init() {
    readMillis = DatabaseTimeouts.seconds() * 1000;
  }

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    boolean needsDatabase = needsDatabase(path);
    if (needsDatabase && availability.isDown()) {
      unavailable(response, path);
      return;
    }
    boolean reading = "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
    try {
      if (reading) {
        ConnectionUse.whileReading(readMillis, () -> chain.doFilter(request, response));
      } else {
        chain.doFilter(request, response);
      }
    } catch (IOException | ServletException | RuntimeException e) {
      if (!DatabaseAvailability.isDatabaseFailure(e) || response.isCommitted()) {
        throw e;
      }
      availability.suspect(e);
      response.reset();
      unavailable(response, path);
    } catch (Exception e) {
      throw new ServletException(e);
    }
  }

  /** The addresses that cannot answer without the database and serve no kept copy. */
  static boolean needsDatabase(String path) {
    return path.startsWith("/admin")
        || path.startsWith("/api/")
        || path.startsWith("/media/")
        || path.equals("/j_security_check");
  }

  /** 503, try again in a few seconds, never kept by a browser, the front or a CDN. */
  static void unavailable(HttpServletResponse response, String path) throws IOException {
    response.setStatus(503);
    response.setHeader("Retry-After", Integer.toString(DatabaseAvailability.RETRY_AFTER_SECONDS));
    response.setHeader("Cache-Control", "no-store");
    byte[] body;
    if (path.startsWith("/api/")) {
      response.setContentType("application/problem+json");
      body =
          ("{\"type\":\"about:blank\",\"title\":\"Service Unavailable\",\"status\":503,"
                  + "\"detail\":\"The database is unavailable; try again in a few seconds.\"}")
              .getBytes(StandardCharsets.UTF_8);
    } else {
      response.setContentType("text/html;charset=UTF-8");
      body =
          ("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Unavailable for"
                  + " a moment | Meridian</title></head><body><main><h1>Unavailable for a"
                  + " moment</h1><p>Meridian cannot reach its database. Nothing you saved is lost;"
                  + " try again in a few seconds.</p></main></body></html>")
              .getBytes(StandardCharsets.UTF_8);
    }
    response.setContentLength(body.length);
    response.getOutputStream().write(body);
  }
}
