package org.meridian.admin;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/**
 * A console form with a file field (the editor with its media picker) may also be posted without
 * the multipart encoding, e.g. by a client that sends only the text fields: that post has no file,
 * rather than failing, because the container refuses to list the parts of a non-multipart request
 * and Faces asks it for them.
 */
@WebFilter(urlPatterns = "/admin/*")
public class PlainPostWithoutFiles extends HttpFilter {

  private static final long serialVersionUID = 1L;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String type = request.getContentType();
    boolean multipart =
        type != null && type.toLowerCase(Locale.ROOT).startsWith("multipart/form-data");
    if ("POST".equals(request.getMethod()) && !multipart) {
      chain.doFilter(new WithoutParts(request), response);
      return;
    }
    chain.doFilter(request, response);
  }

  private static final class WithoutParts extends HttpServletRequestWrapper {

    WithoutParts(HttpServletRequest request) {
      super(request);
    }

    @Override
    public Collection<Part> getParts() {
      return List.of();
    }

    @Override
    public Part getPart(String name) {
      return null;
    }
  }
}
