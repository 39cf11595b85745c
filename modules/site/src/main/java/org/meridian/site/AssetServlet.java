package org.meridian.site;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;

/**
 * Serves the theme's fingerprinted files ({@link Assets}) with {@code Cache-Control: public,
 * max-age=31536000, immutable}: their address changes whenever their content does.
 */
@WebServlet(name = "site-assets", urlPatterns = "/_assets/*")
public class AssetServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @jakarta.inject.Inject private transient org.meridian.tenancy.office.SiteThemes themes;

  /** Takes in the installed theme variants, in case a page links to one before the site starts. */
  @Override
  public void init() {
    Assets.shared().install(themes);
  }

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String info = request.getPathInfo();
    Optional<Assets.Asset> asset =
        info == null ? Optional.empty() : Assets.shared().find(info.substring(1));
    response.setHeader("X-Content-Type-Options", "nosniff");
    if (asset.isEmpty()) {
      response.setHeader("Cache-Control", "public, max-age=60");
      response.sendError(404);
      return;
    }
    String etag = "\"" + asset.get().name() + "\"";
    response.setHeader("Cache-Control", "public, max-age=31536000, immutable");
    response.setHeader("ETag", etag);
    if (etag.equals(request.getHeader("If-None-Match"))) {
      response.setStatus(304);
      return;
    }
    response.setContentType(asset.get().mediaType());
    response.setContentLength(asset.get().bytes().length);
    if (!"HEAD".equals(request.getMethod())) {
      response.getOutputStream().write(asset.get().bytes());
    }
  }
}
