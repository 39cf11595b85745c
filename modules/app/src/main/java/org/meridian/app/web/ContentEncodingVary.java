package org.meridian.app.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;

/**
 * {@code Vary: Accept-Encoding} on every answer: the server gzips answers for clients that accept
 * it (the launcher's pre-boot commands), and Grizzly does not say so, so a shared cache in front
 * (the nginx front keeps public pages) could hand a gzipped copy to a client that cannot read it.
 */
@WebFilter(urlPatterns = "/*")
public class ContentEncodingVary extends HttpFilter {

  private static final long serialVersionUID = 1L;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    response.addHeader("Vary", "Accept-Encoding");
    chain.doFilter(request, new KeepAcceptEncoding(response));
  }

  /** A servlet that sets its own {@code Vary} (the sites' {@code Host}) keeps this one too. */
  private static final class KeepAcceptEncoding extends HttpServletResponseWrapper {

    KeepAcceptEncoding(HttpServletResponse response) {
      super(response);
    }

    @Override
    public void setHeader(String name, String value) {
      if ("Vary".equalsIgnoreCase(name) && value != null && !value.contains("Accept-Encoding")) {
        value = value + ", Accept-Encoding";
      }
      super.setHeader(name, value);
    }
  }
}
