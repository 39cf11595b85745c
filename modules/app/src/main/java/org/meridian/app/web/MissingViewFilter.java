package org.meridian.app.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.MalformedURLException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A request for a Faces page that does not exist is a 404 before Faces sees it. Faces answers a GET
 * for one with 404 itself, but a POST carrying a view state makes it restore the view first and
 * fail with a 500 and a stack trace in the log (a junk post costs a logged error each time).
 */
@WebFilter(urlPatterns = "*.xhtml")
public class MissingViewFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;

  private static final String RESOURCES = "/jakarta.faces.resource/";

  /** Pages found once (only those: the names of missing ones are the caller's to choose). */
  private final Set<String> existing = ConcurrentHashMap.newKeySet();

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String page = request.getServletPath();
    // Faces resources (scripts, style sheets: /jakarta.faces.resource/…) are not pages.
    if (!page.startsWith(RESOURCES) && !existing.contains(page)) {
      if (!exists(page)) {
        response.sendError(HttpServletResponse.SC_NOT_FOUND);
        return;
      }
      existing.add(page);
    }
    chain.doFilter(request, response);
  }

  private boolean exists(String page) {
    try {
      return page.startsWith("/") && getServletContext().getResource(page) != null;
    } catch (MalformedURLException notAPath) {
      return false;
    }
  }
}
