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
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.meridian.content.ContentQueries;
import org.meridian.content.ContentType;
import org.meridian.content.LiveItem;
import org.meridian.content.alert.AlertBoard;
import org.meridian.content.alert.ShownAlert;
import org.meridian.content.media.MediaLibrary;
import org.meridian.content.menu.MenuEntry;
import org.meridian.content.preview.PreviewLinks;
import org.meridian.content.search.ContentSearch;
import org.meridian.content.search.LiveResults;
import org.meridian.content.search.SearchQuery;
import org.meridian.content.search.SearchQueryException;
import org.meridian.content.taxonomy.TaxonomyQueries;
import org.meridian.tenancy.TenantContext;
import org.meridian.tenancy.health.RequestLabels;
import org.meridian.tenancy.office.LanguageTag;
import org.meridian.tenancy.office.LogoImage;
import org.meridian.tenancy.office.OfficeDirectory;
import org.meridian.tenancy.office.OfficeLogos;
import org.meridian.tenancy.office.OfficeRef;
import org.meridian.tenancy.office.OfficeStatus;
import org.meridian.tenancy.routing.OfficeRoute;

/**
 * Serves the public sites: {@code /{office}/{lang}/} and {@code /{office}/{lang}/{slug}}, or the
 * same below {@code /{lang}/} on an office's own host name. Everything the other parts of the
 * application do not map lands here, so unknown addresses get a proper 404 page.
 *
 * <p>Also mapped to {@code ""}, the context root's own pattern: Payara 7 checks a request for
 * {@code /} that reaches the default mapping against the security constraints as the pattern {@code
 * /} itself, which no unchecked permission implies once {@code /admin/*} is constrained, so the
 * network index (and an office's home on its own host) went to the console's sign-in. Mapped to
 * {@code ""}, it is checked as {@code ""}, public like every address outside the console.
 */
@WebServlet(
    name = "site",
    urlPatterns = {"/", ""})
public class SiteServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;
  private static final Logger LOG = Logger.getLogger(SiteServlet.class.getName());
  private static final int NEWS_IN_FEED = 20;

  @Inject private OfficeDirectory offices;
  @Inject private Clock clock;
  @Inject private TenantContext tenant;
  @Inject private ContentQueries content;
  @Inject private PageCache cache;
  @Inject private SiteAddress address;
  @Inject private OfficeLogos logos;
  @Inject private TaxonomyQueries taxonomy;
  @Inject private MediaLibrary media;
  @Inject private ContentSearch search;
  @Inject private PreviewLinks previews;
  @Inject private AlertBoard alertBoard;
  @Inject private SiteMenus siteMenus;
  @Inject private ReadTransaction reads;
  @Inject private OfficePages pages;
  @Inject private org.meridian.tenancy.health.DatabaseAvailability database;

  /**
   * The request attribute naming the address of the page asked for ({@link PageCache#lastGood}).
   */
  private static final String ADDRESS = SiteServlet.class.getName() + ".address";

  /** The request attribute marking a page served because the database could not be read. */
  private static final String STALE = SiteServlet.class.getName() + ".stale";

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    try {
      serve(request, response);
    } catch (RuntimeException e) {
      if (org.meridian.tenancy.health.DatabaseAvailability.isDatabaseFailure(e)) {
        // The watch asks the database now and opens the circuit (one log line), never per request.
        database.suspect(e);
        if (!response.isCommitted()) {
          response.reset();
          serveKept(request, response);
        }
        return;
      }
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
      serveNetwork(request, response, path);
      return;
    }
    OfficeRef office = offices.find(route.get().office()).orElseThrow();
    request.setAttribute(RequestLabels.OFFICE, office.code().value());
    String base = route.get().basePath();
    String[] parts = route.get().remainingPath().split("/", -1);
    // parts[0] is "" (the path starts with "/"); parts[1] the language; parts[2] the slug.
    if (parts.length == 2 && parts[1].equals("robots.txt")) {
      sendText(request, response, Feeds.robots(address.publicUrl()));
      return;
    }
    if (parts.length == 2 && parts[1].equals("logo")) {
      sendLogo(request, response, office);
      return;
    }
    if (parts.length < 2 || parts[1].isEmpty()) {
      response.sendRedirect(base + "/" + office.defaultLanguage() + "/");
      return;
    }
    Optional<LanguageTag> language = LanguageTag.parse(parts[1]).filter(office::publishesIn);
    SitePages.Context bare =
        new SitePages.Context(
            office,
            language.orElse(office.defaultLanguage()),
            base,
            address.publicUrl(),
            logos.find(office.code()).orElse(null));
    if (office.status() == OfficeStatus.SUSPENDED) {
      response.setHeader("Retry-After", "3600");
      send(request, response, 503, SitePages.maintenance(bare));
      return;
    }
    if (office.status() == OfficeStatus.ARCHIVED) {
      // Gone for good, in its own language and look; its logo is no longer served.
      send(request, response, 410, SitePages.officeGone(bare.withoutLogo()));
      return;
    }
    if (language.isPresent() && parts.length == 2) {
      response.sendRedirect(base + "/" + language.get() + "/");
      return;
    }
    // A page shows the network alerts of the moment: they are part of the key below, so a page
    // leaves the cache's view when an alert starts, ends or is withdrawn.
    List<ShownAlert> alerts = alertBoard.shownOn(office, bare.language(), clock.instant());
    if (database.isDown()
        && language.isPresent()
        && ((parts.length == 4 && parts[2].equals(PreviewLinks.PATH))
            || (parts.length == 3 && parts[2].equals(SearchPages.PATH)))) {
      // Previews and searches are never kept: 503 at once rather than a wait on the database.
      serveKept(request, response);
      return;
    }
    if (language.isPresent() && parts.length == 4 && parts[2].equals(PreviewLinks.PATH)) {
      tenant.enter(office);
      servePreview(request, response, withFooter(bare), parts[3], alerts);
      return;
    }
    if (language.isPresent() && parts.length == 3 && parts[2].equals(SearchPages.PATH)) {
      tenant.enter(office);
      serveSearch(request, response, withFooter(bare), alerts);
      return;
    }
    // Lists of news, of a theme's or tag's items, of events and of publications are paginated: the
    // page (and the news list's filters) are part of the cache key. Pages that show upcoming events
    // depend on the time, so their key carries its period too.
    boolean news = OfficePages.isNewsList(parts);
    int listPage =
        news || OfficePages.isPagedList(parts) || ListingPages.isListing(parts)
            ? pageNumber(request.getParameter("page"))
            : 1;
    Optional<NewsPages.Filters> filters =
        news
            ? NewsPages.parse(
                request.getParameter("year"),
                request.getParameter("theme"),
                request.getParameter("kind"))
            : Optional.of(NewsPages.Filters.NONE);
    String query =
        news
            ? (filters.isPresent() && listPage >= 1 ? filters.get().query(listPage) : "?invalid")
            : listPage == 1 ? "" : "?page=" + (listPage < 1 ? "invalid" : listPage);
    PageCache.Key address =
        new PageCache.Key(office.code().value(), base, route.get().remainingPath() + query);
    request.setAttribute(ADDRESS, address);
    PageCache.Key key =
        new PageCache.Key(
            office.code().value(),
            base,
            address.path()
                + (ListingPages.isEvents(parts) || OfficePages.isHome(parts)
                    ? "#" + ListingPages.period(clock.instant(), cache.eventsRefresh())
                    : "")
                + (alerts.isEmpty() ? "" : "!alerts=" + AlertBoard.fingerprint(alerts)));
    Optional<CachedPage> cached = cache.get(key);
    request.setAttribute(
        RequestLabels.KIND,
        cached.isPresent() ? RequestLabels.PAGE_CACHE_HIT : RequestLabels.PAGE_CACHE_MISS);
    if (cached.isPresent()) {
      sendPage(request, response, cached.get());
      return;
    }
    if (database.isDown()) {
      serveKept(request, response);
      return;
    }
    // Taken before reading anything: a page rendered while a change lands is not kept.
    long epoch = cache.epoch(office.code().value());
    tenant.enter(office);
    if (parts.length == 2 && parts[1].equals("sitemap.xml")) {
      sendPage(
          request, response, keep(key, epoch, reads.call(() -> pages.sitemap(bare)), Feeds.XML));
      return;
    }
    if (language.isPresent() && parts.length == 3 && parts[2].startsWith("feed.")) {
      List<LiveItem> items =
          content.listLive(bare.language(), Optional.of(ContentType.NEWS), NEWS_IN_FEED);
      if (parts[2].equals("feed.rss")) {
        sendPage(request, response, keep(key, epoch, Feeds.rss(bare, items), Feeds.RSS));
        return;
      }
      if (parts[2].equals("feed.atom")) {
        sendPage(request, response, keep(key, epoch, Feeds.atom(bare, items), Feeds.ATOM));
        return;
      }
    }
    OfficePages.Outcome outcome =
        reads.call(() -> pages.resolve(withFooter(bare), language, parts, listPage, filters));
    if (outcome.location() != null) {
      // A nested page asked for at another path, or an old address of an item whose slug changed:
      // permanently to where it is now.
      commonHeaders(response);
      response.setStatus(301);
      response.setHeader("Location", outcome.location());
      return;
    }
    String html = AlertBanner.into(outcome.html(), alerts, bare.language());
    if (outcome.status() != 200) {
      send(request, response, outcome.status(), html);
      return;
    }
    sendPage(request, response, keep(key, epoch, html, CachedPage.HTML));
  }

  /** The page context with the office's footer menu; the office must be entered. */
  private SitePages.Context withFooter(SitePages.Context bare) {
    return bare.withFooter(siteMenus.of(bare).footer());
  }

  /**
   * The search page. It is not kept in the page cache: every query is a new address, so keeping
   * them would let anyone fill the cache with pages nobody asks for twice and push out the pages
   * that are (see docs/content.md, "Search"). A request that cannot be searched (too long, not a
   * page number) gets a 400 page that does not repeat it.
   */
  private void serveSearch(
      HttpServletRequest request,
      HttpServletResponse response,
      SitePages.Context site,
      List<ShownAlert> alerts)
      throws IOException {
    List<MenuEntry> menu = mainMenu(site);
    SearchQuery query;
    try {
      query = SearchQuery.of(request.getParameter("q"));
    } catch (SearchQueryException tooLong) {
      send(
          request,
          response,
          400,
          AlertBanner.into(
              SearchPages.refused(site, menu, SearchPages.tooLong(site)), alerts, site.language()));
      return;
    }
    int page = pageNumber(request.getParameter("page"));
    if (page < 1) {
      send(
          request,
          response,
          400,
          AlertBanner.into(
              SearchPages.refused(site, menu, SiteWords.of(site.language(), "searchBadPage")),
              alerts,
              site.language()));
      return;
    }
    LiveResults results = search.live(site.language(), query, page, SearchPages.PAGE_SIZE);
    send(
        request,
        response,
        200,
        AlertBanner.into(SearchPages.results(site, menu, query, results), alerts, site.language()));
  }

  /**
   * A revision as it will look on the site, for whoever holds a signed preview address that has not
   * expired (see {@link PreviewLinks}): never cached, never indexed, marked as a preview. A bad or
   * expired address gets a 403 page saying so; the office's content is never shown then.
   */
  private void servePreview(
      HttpServletRequest request,
      HttpServletResponse response,
      SitePages.Context site,
      String itemPart,
      List<ShownAlert> alerts)
      throws IOException {
    response.setHeader("X-Robots-Tag", "noindex, nofollow");
    Optional<PreviewLinks.PreviewRequest> asked =
        previews.check(
            site.office().code(),
            itemPart,
            request.getParameter("revision"),
            request.getParameter("expires"),
            request.getParameter("signature"),
            clock.instant());
    Optional<LiveItem> item =
        asked
            .flatMap(a -> content.preview(a.itemId(), a.revision()))
            .filter(i -> i.language().equals(site.language().value()));
    if (item.isEmpty()) {
      sendPrivate(request, response, 403, PreviewPages.refused(site, mainMenu(site)));
      return;
    }
    LiveItem shown = item.get();
    String page = reads.call(() -> pages.itemPage(site, mainMenu(site), shown));
    sendPrivate(
        request,
        response,
        200,
        AlertBanner.into(
            PreviewPages.marked(
                site,
                PreviewPages.withMediaTokens(
                    page, (owner, id) -> previews.mediaToken(owner, id, asked.get().expires())),
                asked.get().revision(),
                asked.get().expires()),
            alerts,
            site.language()));
  }

  /** A page for one person: not kept by browsers, proxies or CDNs. */
  private static void sendPrivate(
      HttpServletRequest request, HttpServletResponse response, int status, String html)
      throws IOException {
    response.setHeader("Cache-Control", "private, no-store");
    response.setHeader("X-Content-Type-Options", "nosniff");
    write(request, response, status, html.getBytes(StandardCharsets.UTF_8), CachedPage.HTML);
  }

  /** The network's own addresses: the list of offices, the sitemap index, robots.txt. */
  private void serveNetwork(HttpServletRequest request, HttpServletResponse response, String path)
      throws IOException {
    PageCache.Key key = new PageCache.Key("", "", path);
    request.setAttribute(ADDRESS, key);
    long epoch = cache.epoch("");
    switch (path) {
      case "/" ->
          sendPage(
              request,
              response,
              cache.get(key).orElseGet(() -> keep(key, epoch, networkIndex(), CachedPage.HTML)));
      case "/sitemap.xml" ->
          sendPage(
              request,
              response,
              cache
                  .get(key)
                  .orElseGet(
                      () ->
                          keep(
                              key,
                              epoch,
                              Feeds.sitemapIndex(
                                  address.publicUrl(),
                                  offices.all().stream()
                                      .filter(OfficeRef::isActive)
                                      .map(o -> o.code().value())
                                      .toList()),
                              Feeds.XML)));
      case "/robots.txt" -> sendText(request, response, Feeds.robots(address.publicUrl()));
      default -> send(request, response, 404, networkNotFound());
    }
  }

  /** The office's logo; its address changes with its content, so it may be kept for a year. */
  private void sendLogo(HttpServletRequest request, HttpServletResponse response, OfficeRef office)
      throws IOException {
    Optional<LogoImage> logo =
        office.status() == OfficeStatus.ARCHIVED ? Optional.empty() : logos.find(office.code());
    if (logo.isEmpty()) {
      send(request, response, 404, networkNotFound());
      return;
    }
    String etag = "\"" + logo.get().sha256() + "\"";
    response.setHeader("ETag", etag);
    response.setHeader("Cache-Control", "public, max-age=31536000, immutable");
    response.setHeader("X-Content-Type-Options", "nosniff");
    if (etag.equals(request.getHeader("If-None-Match"))) {
      response.setStatus(304);
      return;
    }
    write(request, response, 200, logo.get().bytes(), logo.get().mediaType());
  }

  private static void sendText(
      HttpServletRequest request, HttpServletResponse response, String text) throws IOException {
    commonHeaders(response);
    byte[] body = text.getBytes(StandardCharsets.UTF_8);
    response.setStatus(200);
    response.setContentType("text/plain;charset=UTF-8");
    response.setContentLength(body.length);
    if (!"HEAD".equals(request.getMethod())) {
      response.getOutputStream().write(body);
    }
  }

  /** The page a visitor asks for: 1 without {@code ?page}, below 1 for anything not a page. */
  private static int pageNumber(String text) {
    if (text == null) {
      return 1;
    }
    if (text.isEmpty() || text.length() > 6 || !text.chars().allMatch(c -> c >= '0' && c <= '9')) {
      return -1;
    }
    return Integer.parseInt(text);
  }

  private CachedPage keep(PageCache.Key key, long epoch, String text, String contentType) {
    byte[] body = text.getBytes(StandardCharsets.UTF_8);
    CachedPage page =
        new CachedPage(body, contentType, "\"" + digest(body) + "\"", clock.instant());
    cache.put(key, page, epoch);
    return page;
  }

  /** The office's main menu in the page's language (see {@link SiteMenus}). */
  private List<MenuEntry> mainMenu(SitePages.Context site) {
    return pages.mainMenu(site);
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
   * While the database is away: the page this server last served at the address asked for, marked
   * stale, or else 503 with {@code Retry-After}, never kept by anyone. Both at once.
   */
  private void serveKept(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Optional<CachedPage> kept =
        request.getAttribute(ADDRESS) instanceof PageCache.Key address
            ? cache.lastGood(address)
            : Optional.empty();
    if (kept.isPresent()) {
      request.setAttribute(RequestLabels.KIND, RequestLabels.PAGE_CACHE_HIT);
      request.setAttribute(STALE, Boolean.TRUE);
      sendPage(request, response, kept.get());
      return;
    }
    response.setHeader(
        "Retry-After",
        Integer.toString(org.meridian.tenancy.health.DatabaseAvailability.RETRY_AFTER_SECONDS));
    send(request, response, 503, UNAVAILABLE);
  }

  private static final String UNAVAILABLE =
      "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\">"
          + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
          + "<title>Unavailable for a moment</title></head><body><main>"
          + "<h1>Unavailable for a moment</h1><p>This page cannot be shown right now. Please try"
          + " again in a few seconds.</p><p><a href=\"/\">All offices</a></p></main></body></html>";

  /**
   * Sends a page that may be cached: with its entity tag and time, answering a matching conditional
   * request with 304. Browsers and a CDN may keep it a minute; publishing drops it from the
   * server's own cache at once. It becomes the last good page of its address; while the database is
   * away it is marked stale ({@code Warning}, {@code X-Meridian-Stale}, {@code Age}) and must be
   * revalidated, so that no cache keeps it past the outage.
   */
  private void sendPage(HttpServletRequest request, HttpServletResponse response, CachedPage page)
      throws IOException {
    if (request.getAttribute(ADDRESS) instanceof PageCache.Key address) {
      cache.keepLastGood(address, page);
    }
    response.setHeader("ETag", page.etag());
    response.setDateHeader("Last-Modified", page.renderedAt().toEpochMilli());
    commonHeaders(response);
    if (database.isDown() || request.getAttribute(STALE) != null) {
      response.setHeader("Cache-Control", "no-cache");
      response.setHeader("Warning", "110 - \"Response is Stale\"");
      response.setHeader("X-Meridian-Stale", "database-unavailable");
      response.setHeader(
          "Age",
          Long.toString(
              Math.max(
                  0, java.time.Duration.between(page.renderedAt(), clock.instant()).toSeconds())));
    }
    String ifNoneMatch = request.getHeader("If-None-Match");
    long ifModifiedSince = request.getDateHeader("If-Modified-Since");
    boolean notModified =
        ifNoneMatch != null
            ? ifNoneMatch.equals(page.etag()) || ifNoneMatch.equals("*")
            : ifModifiedSince >= 0 && page.renderedAt().getEpochSecond() <= ifModifiedSince / 1000;
    if (notModified) {
      response.setStatus(304);
      return;
    }
    write(request, response, 200, page.body(), page.contentType());
  }

  /**
   * Sends a page that is not kept: errors, maintenance. A 5xx is never cacheable: a browser, the
   * front or a CDN would go on showing it after the problem has gone.
   */
  private static void send(
      HttpServletRequest request, HttpServletResponse response, int status, String html)
      throws IOException {
    commonHeaders(response);
    if (status >= 500) {
      response.setHeader("Cache-Control", "no-store");
    }
    write(request, response, status, html.getBytes(StandardCharsets.UTF_8), CachedPage.HTML);
  }

  private static void commonHeaders(HttpServletResponse response) {
    response.setHeader("Cache-Control", "public, max-age=60");
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("Vary", "Host");
  }

  private static void write(
      HttpServletRequest request,
      HttpServletResponse response,
      int status,
      byte[] body,
      String contentType)
      throws IOException {
    response.setStatus(status);
    response.setContentType(contentType);
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
