package org.meridian.app.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

/**
 * Redirects that never name a host taken from the request. The container turns {@code
 * sendRedirect("/admin/…")} into {@code http://<Host header>/admin/…}, so a forged {@code Host:
 * evil.example} would send the browser elsewhere (and poison a cache in front). Meridian's own
 * redirects are paths; they go out as they are, relative {@code Location} headers (RFC 9110
 * §10.2.2), which the browser resolves against the address it asked. Absolute addresses (built from
 * the configured public or console address) go out unchanged.
 */
public final class RelativeRedirects extends HttpServletResponseWrapper {

  public RelativeRedirects(HttpServletResponse response) {
    super(response);
  }

  @Override
  public void sendRedirect(String location) throws java.io.IOException {
    send(this, location);
  }

  /** Sends a 302 to {@code location}, a path below this server or an absolute address. */
  public static void send(HttpServletResponse response, String location)
      throws java.io.IOException {
    if (isPath(location)) {
      if (response.isCommitted()) {
        throw new IllegalStateException("The response is already committed");
      }
      response.resetBuffer();
      response.setStatus(HttpServletResponse.SC_FOUND);
      response.setHeader("Location", location);
      response.flushBuffer();
    } else {
      unwrapped(response).sendRedirect(location);
    }
  }

  /** A path of this server ({@code /…}, not {@code //host/…}, which names another host). */
  static boolean isPath(String location) {
    return location.startsWith("/") && !location.startsWith("//") && !location.startsWith("/\\");
  }

  private static HttpServletResponse unwrapped(HttpServletResponse response) {
    return response instanceof RelativeRedirects wrapper
        ? (HttpServletResponse) wrapper.getResponse()
        : response;
  }
}
