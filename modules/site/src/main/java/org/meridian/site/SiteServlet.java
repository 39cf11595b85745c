package org.meridian.site;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.meridian.content.ContentQueries;
import org.meridian.content.ContentType;
import org.meridian.content.LiveItem;
import org.meridian.content.Slug;
import org.meridian.content.menu.MenuEntry;
import org.meridian.content.menu.MenuName;
import org.meridian.content.menu.Menus;
import org.meridian.tenancy.TenantContext;
import org.meridian.tenancy.office.LanguageTag;
import org.meridian.tenancy.office.OfficeDirectory;
import org.meridian.tenancy.office.OfficeRef;
import org.meridian.tenancy.office.OfficeStatus;
import org.meridian.tenancy.routing.OfficeRoute;

/**
 * Serves the public sites: {@code /{office}/{lang}/} and {@code /{office}/{lang}/{slug}}, or the
 * same below {@code /{lang}/} on an office's own host name. Everything the other parts of the
 * application do not map lands here, so unknown addresses get a proper 404 page.
 */
@WebServlet(name = "site", urlPatterns = "/")
public class SiteServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;
  private static final Logger LOG = Logger.getLogger(SiteServlet.class.getName());
  private static final int NEWS_ON_HOME = 10;
  private static final int NEWS_ON_LIST = 50;
  private static final String NEWS_PATH = "news";
  private static final int MAX_SECTIONS = 12;

  @Inject private OfficeDirectory offices;
  @Inject private TenantContext tenant;
  @Inject private ContentQueries content;
  @Inject private Menus menus;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    try {
      serve(request, response);
    } catch (RuntimeException e) {
      LOG.log(Level.SEVERE, "Could not render " + request.getRequestURI(), e);
      if (!response.isCommitted()) {
        response.reset();
        send(
            request,
            response,
            500,
            SitePages.network(
                "Something went wrong",
                "<h1>Something went wrong</h1><p>The page could not be shown. Please try again"
                    + " in a moment.</p>"));
      }
    }
  }

  private void serve(HttpServletRequest request, HttpServletResponse response) throws IOException {
    String path = request.getServletPath() + Optional.ofNullable(request.getPathInfo()).orElse("");
    Optional<OfficeRoute> route = offices.router().route(request.getHeader("Host"), path);
    if (route.isEmpty()) {
      if (path.equals("/")) {
        send(request, response, 200, networkIndex());
      } else {
        send(request, response, 404, networkNotFound());
      }
      return;
    }
    OfficeRef office = offices.find(route.get().office()).orElseThrow();
    String base = route.get().basePath();
    String[] parts = route.get().remainingPath().split("/", -1);
    // parts[0] is "" (the path starts with "/"); parts[1] the language; parts[2] the slug.
    if (parts.length < 2 || parts[1].isEmpty()) {
      response.sendRedirect(base + "/" + office.defaultLanguage() + "/");
      return;
    }
    Optional<LanguageTag> language = LanguageTag.parse(parts[1]).filter(office::publishesIn);
    SitePages.Context site =
        new SitePages.Context(office, language.orElse(office.defaultLanguage()), base);
    if (office.status() == OfficeStatus.SUSPENDED) {
      response.setHeader("Retry-After", "3600");
      send(request, response, 503, SitePages.maintenance(site));
      return;
    }
    if (office.status() == OfficeStatus.ARCHIVED) {
      send(request, response, 410, networkNotFound());
      return;
    }
    tenant.enter(office);
    List<MenuEntry> sections = mainMenu(site);
    if (language.isEmpty()) {
      send(request, response, 404, SitePages.notFound(site, sections));
      return;
    }
    if (parts.length == 2) {
      response.sendRedirect(base + "/" + language.get() + "/");
      return;
    }
    String slugText = parts[2];
    if (slugText.isEmpty() && parts.length == 3) {
      List<LiveItem> news =
          content.listLive(site.language(), Optional.of(ContentType.NEWS), NEWS_ON_HOME);
      send(request, response, 200, SitePages.home(site, sections, news));
      return;
    }
    if (slugText.equals(NEWS_PATH) && parts.length == 3) {
      List<LiveItem> news =
          content.listLive(site.language(), Optional.of(ContentType.NEWS), NEWS_ON_LIST);
      send(request, response, 200, SitePages.newsList(site, sections, news));
      return;
    }
    Optional<LiveItem> item =
        parts.length == 3
            ? Slug.parse(slugText).flatMap(slug -> content.findLive(site.language(), slug))
            : Optional.empty();
    if (item.isEmpty()) {
      send(request, response, 404, SitePages.notFound(site, sections));
      return;
    }
    send(request, response, 200, SitePages.item(site, sections, item.get()));
  }

  /**
   * The office's main menu in the page's language; an office without one (created before menus
   * existed) lists its live pages instead.
   */
  private List<MenuEntry> mainMenu(SitePages.Context site) {
    String languageRoot = site.home();
    List<MenuEntry> menu = menus.live(MenuName.MAIN, site.language(), path -> languageRoot + path);
    if (!menu.isEmpty()) {
      return menu;
    }
    return content.listLive(site.language(), Optional.of(ContentType.PAGE), MAX_SECTIONS).stream()
        .map(page -> new MenuEntry(page.title(), site.link(page), List.of()))
        .toList();
  }

  private String networkIndex() {
    StringBuilder main = new StringBuilder("<h1>The offices of the network</h1><ul>");
    for (OfficeRef office : offices.all()) {
      if (office.status() == OfficeStatus.ARCHIVED) {
        continue;
      }
      main.append("<li><a href=\"/")
          .append(Html.escape(office.code().value()))
          .append("/")
          .append(Html.escape(office.defaultLanguage().value()))
          .append("/\">")
          .append(Html.escape(office.name(office.defaultLanguage())))
          .append("</a></li>");
    }
    return SitePages.network("Meridian", main.append("</ul>").toString());
  }

  private static String networkNotFound() {
    return SitePages.network(
        "Page not found",
        "<h1>Page not found</h1><p>No office site answers at this address.</p>"
            + "<p><a href=\"/\">All offices</a></p>");
  }

  /**
   * Sends a page with an entity tag, answering a matching conditional request with 304. Pages may
   * be cached briefly by browsers and a CDN; publishing will purge the server-side cache.
   */
  private static void send(
      HttpServletRequest request, HttpServletResponse response, int status, String html)
      throws IOException {
    byte[] body = html.getBytes(StandardCharsets.UTF_8);
    String etag = "\"" + digest(body) + "\"";
    response.setHeader("ETag", etag);
    response.setHeader("Cache-Control", "public, max-age=60");
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("Vary", "Host");
    if (status == 200 && etag.equals(request.getHeader("If-None-Match"))) {
      response.setStatus(304);
      return;
    }
    response.setStatus(status);
    response.setContentType("text/html;charset=UTF-8");
    response.setContentLength(body.length);
    if (!"HEAD".equals(request.getMethod())) {
      response.getOutputStream().write(body);
    }
  }

  private static String digest(byte[] body) {
    try {
      byte[] hash = MessageDigest.getInstance("SHA-256").digest(body);
      return HexFormat.of().formatHex(hash, 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }
}
