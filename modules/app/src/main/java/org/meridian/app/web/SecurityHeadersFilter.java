package org.meridian.app.web;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The headers every response of Meridian carries for the browser's protection (docs/security.md):
 *
 * <ul>
 *   <li>everywhere: {@code X-Content-Type-Options: nosniff} and {@code Referrer-Policy:
 *       strict-origin-when-cross-origin};
 *   <li>public pages: a strict Content-Security-Policy: no script runs at all (the JSON-LD block is
 *       data, which the policy does not govern), nothing is loaded from elsewhere, no framing by
 *       other sites;
 *   <li>console pages: {@code Cache-Control: no-store} (a shared computer's back button or a proxy
 *       never shows one again), framing refused, and HSTS when the console's configured address is
 *       https, and a Content-Security-Policy that keeps everything to Meridian's own origin and
 *       runs no inline script without the page's nonce.
 * </ul>
 */
@WebFilter(urlPatterns = "/*")
public class SecurityHeadersFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;

  /**
   * The policy of the public sites, which need no script. {@code connect-src 'self'} lets nothing
   * of the page itself fetch (it runs no script) but lets tools that fetch in the page's frame,
   * such as Lighthouse reading {@code /robots.txt}, reach the site's own files.
   */
  static final String SITE_POLICY =
      "default-src 'none'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; font-src 'self';"
          + " connect-src 'self'; form-action 'self'; frame-ancestors 'self'; base-uri 'none'";

  /**
   * The console's policy: everything from Meridian itself only, no plugins, no framing by other
   * sites, forms posted to Meridian only, and no inline script but those carrying the page's nonce
   * ({@link #consolePolicy}). Styles may be inline: PrimeFaces' widgets and the rich-text editor
   * set {@code style} attributes from their scripts.
   */
  static String consolePolicy(String nonce) {
    return "default-src 'self'; script-src 'self'"
        + (nonce == null ? "" : " 'nonce-" + nonce + "'")
        + "; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; object-src 'none';"
        + " frame-ancestors 'self'; base-uri 'self'; form-action 'self'";
  }

  private static final String POLICY = "Content-Security-Policy";

  /** A nonce as PrimeFaces writes it into its policy (Base64). */
  private static final Pattern NONCE = Pattern.compile("'nonce-([A-Za-z0-9+/_-]+={0,2})'");

  static final String HSTS = "max-age=31536000";

  @Inject
  @ConfigProperty(name = "meridian.console.url")
  private Optional<String> consoleUrl;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
    String path = request.getRequestURI().substring(request.getContextPath().length());
    switch (Area.of(path)) {
      case CONSOLE -> {
        response.setHeader("Cache-Control", "no-store");
        // No inline script at all, until a Faces page tells its nonce (ConsoleResponse).
        response.setHeader(POLICY, consolePolicy(null));
        if (consoleUrl.map(url -> url.strip().startsWith("https://")).orElse(false)) {
          response.setHeader("Strict-Transport-Security", HSTS);
        }
        chain.doFilter(request, new ConsoleResponse(response));
        return;
      }
      case SITE -> response.setHeader("Content-Security-Policy", SITE_POLICY);
      case OTHER -> {
        // API (JSON), health, metrics, Faces resources: nothing more.
      }
    }
    chain.doFilter(request, response);
  }

  /**
   * A console response whose page's script nonce comes from PrimeFaces' CSP mode, which announces
   * it with a policy of its own ({@code script-src 'self' 'nonce-…'}): that header is replaced by
   * the console's whole policy with the nonce, so that the page has one policy, written here.
   */
  static final class ConsoleResponse extends HttpServletResponseWrapper {

    ConsoleResponse(HttpServletResponse response) {
      super(response);
    }

    @Override
    public void setHeader(String name, String value) {
      super.setHeader(name, POLICY.equalsIgnoreCase(name) ? withNonceOf(value) : value);
    }

    @Override
    public void addHeader(String name, String value) {
      if (POLICY.equalsIgnoreCase(name)) {
        super.setHeader(name, withNonceOf(value));
      } else {
        super.addHeader(name, value);
      }
    }

    private static String withNonceOf(String policy) {
      Matcher nonce = NONCE.matcher(policy == null ? "" : policy);
      return consolePolicy(nonce.find() ? nonce.group(1) : null);
    }
  }

  /** Which part of Meridian a path belongs to, for its headers. */
  enum Area {
    CONSOLE,
    SITE,
    OTHER;

    static Area of(String path) {
      if (path.startsWith("/jakarta.faces.resource/")
          || path.startsWith("/admin/jakarta.faces.resource/")) {
        return OTHER;
      }
      if (path.equals("/admin") || path.startsWith("/admin/") || path.equals("/j_security_check")) {
        return CONSOLE;
      }
      if (path.startsWith("/api/")
          || path.equals("/api")
          || path.startsWith("/openapi")
          || path.equals("/health")
          || path.startsWith("/health/")
          || path.equals("/metrics")
          || path.startsWith("/media/")) {
        return OTHER;
      }
      return SITE;
    }
  }
}
