package org.meridian.site;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.meridian.content.ContentType;
import org.meridian.content.EditorQueries;
import org.meridian.content.LiveItem;
import org.meridian.content.LiveItemWithBody;
import org.meridian.content.LiveQueries;
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
  @Inject private LiveQueries content;
  @Inject private EditorQueries editorQueries;
  @Inject private PageCache cache;
  @Inject private SiteAddress address;
  @Inject private OfficeLogos logos;
  @Inject private TaxonomyQueries taxonomy;
  @Inject private MediaLibrary media;
  @Inject private ContentSearch search;
  @Inject private org.meridian.tenancy.office.SiteThemes themes;

  /** Takes in the theme variants installed on this server, whose style sheets pages link to. */
  @Override
  public void init() {
    Assets.shared().install(themes);
  }

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
        PageResponses.send(
            request, response, 500, SitePages.network("error", "errorText", List.of(), false));
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
    // The address the site is seen at: the office's own (from the Host header that routed here)
    // on its own host name, the network's otherwise. Absolute links and the cache key use it.
    String here =
        route.get().byHost()
            ? SiteAddress.ownAddress(
                address.publicUrl(), request.getHeader("Host"), request.getLocalPort())
            : address.publicUrl();
    SiteRoute page = SiteRoute.parse(route.get().remainingPath(), request::getParameter);
    switch (page) {
      case SiteRoute.Robots robots -> {
        // On its own host the office's sitemap; under the prefix the network's sitemap index.
        PageResponses.sendText(request, response, Feeds.robots(here));
        return;
      }
      case SiteRoute.Logo logo -> {
        sendLogo(request, response, office);
        return;
      }
      case SiteRoute.NoLanguage none -> {
        response.sendRedirect(base + "/" + office.defaultLanguage() + "/");
        return;
      }
      default -> {}
    }
    Optional<LanguageTag> language =
        page instanceof SiteRoute.InLanguage in
            ? LanguageTag.parse(in.language()).filter(office::publishesIn)
            : Optional.empty();
    SitePages.Context plain =
        new SitePages.Context(
            office,
            language.orElse(office.defaultLanguage()),
            base,
            here,
            logos.find(office.code()).orElse(null));
    if (office.status() == OfficeStatus.SUSPENDED) {
      response.setHeader("Retry-After", "3600");
      PageResponses.send(request, response, 503, SitePages.maintenance(plain));
      return;
    }
    if (office.status() == OfficeStatus.ARCHIVED) {
      // Gone for good, in its own language and look; its logo is no longer served.
      PageResponses.send(request, response, 410, SitePages.officeGone(plain.withoutLogo()));
      return;
    }
    if (language.isPresent() && page instanceof SiteRoute.LanguageRoot) {
      response.sendRedirect(base + "/" + language.get() + "/");
      return;
    }
    // A page shows the network alerts of the moment: they are part of the key below, so a page
    // leaves the cache's view when an alert starts, ends or is withdrawn.
    List<ShownAlert> alerts = alertBoard.shownOn(office, plain.language(), clock.instant());
    SitePages.Context bare =
        plain.withAlerts(alerts).withNetwork(address.networkLink(office, plain.language()));
    if (database.isDown()
        && language.isPresent()
        && (page instanceof SiteRoute.Preview || page instanceof SiteRoute.Search)) {
      // Previews and searches are never kept: 503 at once rather than a wait on the database.
      serveKept(request, response);
      return;
    }
    if (language.isPresent() && page instanceof SiteRoute.Preview preview) {
      tenant.enter(office);
      servePreview(request, response, withFooter(bare), preview.itemPart());
      return;
    }
    if (language.isPresent() && page instanceof SiteRoute.Search) {
      tenant.enter(office);
      serveSearch(request, response, withFooter(bare));
      return;
    }
    // The page's key without the events period: the address whose last good copy is served while
    // the database is away.
    String pageKey =
        page.cacheKey(route.get().remainingPath(), clock.instant(), cache.eventsRefresh());
    int period = pageKey.indexOf('#');
    PageCache.Key address =
        new PageCache.Key(
            office.code().value(),
            here + base,
            period < 0 ? pageKey : pageKey.substring(0, period));
    request.setAttribute(ADDRESS, address);
    PageCache.Key key =
        new PageCache.Key(
            office.code().value(),
            // Each address an office is seen at has its own pages: their absolute links differ.
            here + base,
            pageKey + (alerts.isEmpty() ? "" : "!alerts=" + AlertBoard.fingerprint(alerts)));
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
    if (page instanceof SiteRoute.Sitemap) {
      sendPage(
          request, response, keep(key, epoch, reads.call(() -> pages.sitemap(bare)), Feeds.XML));
      return;
    }
    if (language.isPresent() && page instanceof SiteRoute.Feed feed) {
      List<LiveItem> items =
          content.listLive(bare.language(), Optional.of(ContentType.NEWS), NEWS_IN_FEED);
      sendPage(
          request,
          response,
          feed.atom()
              ? keep(key, epoch, Feeds.atom(bare, items), Feeds.ATOM)
              : keep(key, epoch, Feeds.rss(bare, items), Feeds.RSS));
      return;
    }
    SiteRoute.InLanguage asked =
        page instanceof SiteRoute.InLanguage in ? in : new SiteRoute.Item("", List.of());
    OfficePages.Outcome outcome =
        reads.call(() -> pages.resolve(withFooter(bare), language, asked));
    if (outcome.location() != null) {
      // A nested page asked for at another path, or an old address of an item whose slug changed:
      // permanently to where it is now.
      PageResponses.movedPermanently(response, outcome.location());
      return;
    }
    if (outcome.status() != 200) {
      PageResponses.send(request, response, outcome.status(), outcome.html());
      return;
    }
    sendPage(request, response, keep(key, epoch, outcome.html(), CachedPage.HTML));
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
      HttpServletRequest request, HttpServletResponse response, SitePages.Context site)
      throws IOException {
    List<MenuEntry> menu = mainMenu(site);
    SearchQuery query;
    try {
      query = SearchQuery.of(request.getParameter("q"));
    } catch (SearchQueryException tooLong) {
      PageResponses.send(
          request, response, 400, SearchPages.refused(site, menu, SearchPages.tooLong(site)));
      return;
    }
    int page = SiteRoute.pageNumber(request.getParameter("page"));
    if (page < 1) {
      PageResponses.send(
          request,
          response,
          400,
          SearchPages.refused(site, menu, site.words().get("searchBadPage")));
      return;
    }
    LiveResults results = search.live(site.language(), query, page, SearchPages.PAGE_SIZE);
    PageResponses.send(request, response, 200, SearchPages.results(site, menu, query, results));
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
      String itemPart)
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
    Optional<LiveItemWithBody> item =
        asked
            .flatMap(a -> editorQueries.preview(a.itemId(), a.revision()))
            .filter(i -> i.item().language().equals(site.language().value()));
    if (item.isEmpty()) {
      PageResponses.sendPrivate(request, response, 403, PreviewPages.refused(site, mainMenu(site)));
      return;
    }
    LiveItemWithBody shown = item.get();
    var page = reads.call(() -> pages.itemView(site, mainMenu(site), shown));
    PageResponses.sendPrivate(
        request,
        response,
        200,
        PreviewPages.withMediaTokens(
            PreviewPages.marked(site, page, asked.get().revision(), asked.get().expires()),
            (owner, id) -> previews.mediaToken(owner, id, asked.get().expires())));
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
      case "/robots.txt" ->
          PageResponses.sendText(request, response, Feeds.robots(address.publicUrl()));
      default -> PageResponses.send(request, response, 404, networkNotFound());
    }
  }

  /** The office's logo; its address changes with its content, so it may be kept for a year. */
  private void sendLogo(HttpServletRequest request, HttpServletResponse response, OfficeRef office)
      throws IOException {
    Optional<LogoImage> logo =
        office.status() == OfficeStatus.ARCHIVED ? Optional.empty() : logos.find(office.code());
    if (logo.isEmpty()) {
      PageResponses.send(request, response, 404, networkNotFound());
      return;
    }
    PageResponses.sendImmutable(
        request, response, logo.get().bytes(), logo.get().mediaType(), logo.get().sha256());
  }

  private CachedPage keep(PageCache.Key key, long epoch, String text, String contentType) {
    byte[] body = text.getBytes(StandardCharsets.UTF_8);
    CachedPage page = new CachedPage(body, contentType, PageResponses.etag(body), clock.instant());
    cache.put(key, page, epoch);
    return page;
  }

  /** The office's main menu in the page's language (see {@link SiteMenus}). */
  private List<MenuEntry> mainMenu(SitePages.Context site) {
    return pages.mainMenu(site);
  }

  private String networkIndex() {
    List<org.meridian.site.view.Chrome.Link> links =
        offices.all().stream()
            .filter(office -> office.status() != OfficeStatus.ARCHIVED)
            .map(
                office ->
                    new org.meridian.site.view.Chrome.Link(
                        office.name(office.defaultLanguage()),
                        "/" + office.code().value() + "/" + office.defaultLanguage().value() + "/"))
            .toList();
    return SitePages.network(null, null, links, true);
  }

  private static String networkNotFound() {
    return SitePages.network(
        "notFound",
        "networkNotFoundText",
        List.of(new org.meridian.site.view.Chrome.Link("All offices", "/")),
        false);
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
    PageResponses.send(request, response, 503, UNAVAILABLE);
  }

  /** The 503 page of an outage (the network's page: no office could be read). */
  private static final String UNAVAILABLE = SitePages.unavailable();

  /**
   * Sends a page that may be cached ({@link PageResponses#sendCacheable}); it becomes the last good
   * page of its address, served while the database is away.
   */
  private void sendPage(HttpServletRequest request, HttpServletResponse response, CachedPage page)
      throws IOException {
    if (request.getAttribute(ADDRESS) instanceof PageCache.Key address) {
      cache.keepLastGood(address, page);
    }
    PageResponses.sendCacheable(
        request,
        response,
        page,
        database.isDown() || request.getAttribute(STALE) != null,
        clock.instant());
  }
}
