package org.meridian.app.metrics;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.meridian.tenancy.health.RequestLabels;
import org.meridian.tenancy.office.OfficeCode;
import org.meridian.tenancy.office.OfficeDirectory;

/** Times every request and files it under its office and kind ({@link RequestMetrics}). */
@WebFilter(urlPatterns = "/*")
public class MetricsFilter extends HttpFilter {

  private static final String API_OFFICES = "/api/v1/offices/";

  @Inject private RequestMetrics metrics;
  @Inject private OfficeDirectory offices;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    long started = System.nanoTime();
    try {
      chain.doFilter(request, response);
    } finally {
      String path = request.getRequestURI();
      metrics.record(office(request, path), kind(request, path), System.nanoTime() - started);
    }
  }

  static String kind(HttpServletRequest request, String path) {
    Object told = request.getAttribute(RequestLabels.KIND);
    if (told instanceof String kind) {
      return kind;
    }
    if (path.startsWith("/api/")) {
      return "api";
    }
    if (path.startsWith("/admin/jakarta.faces.resource/") || path.startsWith("/admin/resources/")) {
      return "static";
    }
    if (path.startsWith("/admin")) {
      return "console";
    }
    if (path.equals("/metrics") || path.startsWith("/health") || path.startsWith("/openapi")) {
      return "management";
    }
    return "page-uncached";
  }

  private String office(HttpServletRequest request, String path) {
    Object told = request.getAttribute(RequestLabels.OFFICE);
    if (told instanceof String office) {
      return office;
    }
    if (path.startsWith(API_OFFICES)) {
      int end = path.indexOf('/', API_OFFICES.length());
      String code = path.substring(API_OFFICES.length(), end < 0 ? path.length() : end);
      try {
        if (offices.find(new OfficeCode(code)).isPresent()) {
          return code;
        }
      } catch (IllegalArgumentException notACode) {
        // a made-up address: no series of its own
      }
    }
    return "none";
  }
}
