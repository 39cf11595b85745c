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
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.meridian.content.ContentQueries;
import org.meridian.content.ContentService;
import org.meridian.content.ContentType;
import org.meridian.content.LiveItem;
import org.meridian.content.Slug;
import org.meridian.content.alert.AlertBoard;
import org.meridian.content.alert.ShownAlert;
import org.meridian.content.media.MediaItem;
import org.meridian.content.media.MediaLibrary;
import org.meridian.content.menu.MenuEntry;
import org.meridian.content.preview.PreviewLinks;
import org.meridian.content.search.ContentSearch;
import org.meridian.content.search.LiveResults;
import org.meridian.content.search.SearchQuery;
import org.meridian.content.search.SearchQueryException;
import org.meridian.content.taxonomy.Classification;
import org.meridian.content.taxonomy.ItemTerms;
import org.meridian.content.taxonomy.LivePage;
import org.meridian.content.taxonomy.Tags;
import org.meridian.content.taxonomy.TaxonomyQueries;
import org.meridian.content.taxonomy.ThemeCode;
import org.meridian.content.taxonomy.ThemeUse;
import org.meridian.content.taxonomy.Themes;
import org.meridian.content.translation.Translations;
import org.meridian.tenancy.TenantContext;
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
 */
@WebServlet(name = "site", urlPatterns = "/")
public class SiteServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;
  private static final Logger LOG = Logger.getLogger(SiteServlet.class.getName());
  private static final int NEWS_ON_HOME = 6;
  private static final int FEATURED_ON_HOME = 4;
  private static final int EVENTS_ON_HOME = 3;
  private static final int SECTIONS_ON_HOME = 6;
  private static final int RELATED_ON_THEME = 3;

  private static final String NEWS_PATH = "news";
  private static final int NEWS_IN_FEED = 20;
  private static final int SITEMAP_LIMIT = 5000;

  /**
   * The most events or publications of one language a list is made from (all of them, sorted and
   * paged here: an event's dates are in its fields, not in a column the database could sort by).
   */
  private static final int LISTING_LIMIT = 2000;

  @Inject private OfficeDirectory offices;
  @Inject private TenantContext tenant;
  @Inject private ContentQueries content;
  @Inject private PageCache cache;
  @Inject private SiteAddress address;
  @Inject private OfficeLogos logos;
  @Inject private Translations translations;
  @Inject private Themes themes;
  @Inject private Tags tags;
  @Inject private TaxonomyQueries taxonomy;
  @Inject private Classification classification;
  @Inject private MediaLibrary media;
  @Inject private ContentSearch search;
  @Inject private PreviewLinks previews;
  @Inject private AlertBoard alertBoard;
  @Inject private org.meridian.content.syndication.Copies copies;
  @Inject private SiteMenus siteMenus;
  @Inject private NewsFilterOptions newsFilterOptions;
  @Inject private ReadTransaction reads;

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
      serveNetwork(request, response, path);
      return;
    }
    OfficeRef office = offices.find(route.get().office()).orElseThrow();
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
    if (language.isPresent() && parts.length == 4 && parts[2].equals(PreviewLinks.PATH)) {
      tenant.enter(office);
      servePreview(request, response, withFooter(bare), parts[3]);
      return;
    }
    if (language.isPresent() && parts.length == 3 && parts[2].equals(SearchPages.PATH)) {
      tenant.enter(office);
      serveSearch(request, response, withFooter(bare));
      return;
    }
    // Lists of news, of a theme's or tag's items, of events and of publications are paginated: the
    // page (and the news list's filters) are part of the cache key. Pages that show upcoming events
    // depend on the time, so their key carries its period too.
    boolean news = isNewsList(parts);
    int listPage =
        news || isPagedList(parts) || ListingPages.isListing(parts)
            ? pageNumber(request.getParameter("page"))
            : 1;
    // A page shows the network alerts of the moment: they are part of the key, so a page leaves
    // the cache's view when an alert starts, ends or is withdrawn.
    List<ShownAlert> alerts = alertBoard.shownOn(office, bare.language(), Instant.now());
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
    PageCache.Key key =
        new PageCache.Key(
            office.code().value(),
            base,
            route.get().remainingPath()
                + query
                + (ListingPages.isEvents(parts) || isHome(parts)
                    ? "#" + ListingPages.period(Instant.now())
                    : "")
                + (alerts.isEmpty() ? "" : "!alerts=" + AlertBoard.fingerprint(alerts)));
    Optional<CachedPage> cached = cache.get(key);
    if (cached.isPresent()) {
      sendPage(request, response, cached.get());
      return;
    }
    // Taken before reading anything: a page rendered while a change lands is not kept.
    long epoch = cache.epoch(office.code().value());
    tenant.enter(office);
    if (parts.length == 2 && parts[1].equals("sitemap.xml")) {
      sendPage(request, response, keep(key, epoch, reads.call(() -> sitemap(bare)), Feeds.XML));
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
    Outcome outcome =
        reads.call(() -> resolve(withFooter(bare), language, parts, listPage, filters));
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

  /** What a request to an office page comes to: a page (200), a redirect, or an error page. */
  private record Outcome(int status, String html, String location) {

    static Outcome page(String html) {
      return new Outcome(200, html, null);
    }

    static Outcome movedTo(String location) {
      return new Outcome(301, null, location);
    }
  }

  /** The page at {@code parts}, read in one transaction: its HTML, a redirect, a 404 or a 410. */
  private Outcome resolve(
      SitePages.Context site,
      Optional<LanguageTag> language,
      String[] parts,
      int listPage,
      Optional<NewsPages.Filters> filters) {
    // The live item at the last slug, read once for the canonical-address check and the page.
    Optional<LiveItem> atSlug =
        language.isPresent() && isItemAddress(parts)
            ? liveAtLastSlug(site, parts)
            : Optional.empty();
    String path = parts.length >= 3 ? requestedPath(parts) : "";
    if (atSlug.isPresent() && !atSlug.get().path().equals(path)) {
      return Outcome.movedTo(site.link(atSlug.get()));
    }
    Optional<String> page =
        language.flatMap(l -> renderOfficePage(site, parts, listPage, filters, atSlug));
    if (page.isPresent()) {
      return Outcome.page(page.get());
    }
    Optional<Slug> lastSlug =
        language.isPresent() && isItemAddress(parts)
            ? Slug.parse(parts[parts.length - 1])
            : Optional.empty();
    if (lastSlug.isPresent() && parts.length == 3) {
      Optional<Slug> movedTo = content.movedTo(language.get(), lastSlug.get());
      if (movedTo.isPresent()) {
        return Outcome.movedTo(site.home() + movedTo.get().value());
      }
    }
    if (lastSlug.isPresent() && content.wasOncePublished(language.get(), lastSlug.get())) {
      // Something was published here once and is no longer: gone, not "never was".
      return new Outcome(410, SitePages.gone(site, mainMenu(site)), null);
    }
    return new Outcome(404, SitePages.notFound(site, mainMenu(site)), null);
  }

  /** The page context with the office's footer menu; the office must be entered. */
  private SitePages.Context withFooter(SitePages.Context bare) {
    return bare.withFooter(siteMenus.of(bare).footer());
  }

  /** An address below the language root that may be an item's: not a list the site serves. */
  private static boolean isItemAddress(String[] parts) {
    return parts.length >= 3
        && !(parts.length == 3 && (parts[2].isEmpty() || parts[2].equals(NEWS_PATH)))
        && !ContentService.RESERVED_SLUGS.contains(parts[2]);
  }

  private static boolean isHome(String[] parts) {
    return parts.length == 3 && parts[2].isEmpty();
  }

  private static boolean isNewsList(String[] parts) {
    return parts.length == 3 && parts[2].equals(NEWS_PATH);
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
      send(request, response, 400, SearchPages.refused(site, menu, SearchPages.tooLong(site)));
      return;
    }
    int page = pageNumber(request.getParameter("page"));
    if (page < 1) {
      send(
          request,
          response,
          400,
          SearchPages.refused(site, menu, SiteWords.of(site.language(), "searchBadPage")));
      return;
    }
    LiveResults results = search.live(site.language(), query, page, SearchPages.PAGE_SIZE);
    send(request, response, 200, SearchPages.results(site, menu, query, results));
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
            Instant.now());
    Optional<LiveItem> item =
        asked
            .flatMap(a -> content.preview(a.itemId(), a.revision()))
            .filter(i -> i.language().equals(site.language().value()));
    if (item.isEmpty()) {
      sendPrivate(request, response, 403, PreviewPages.refused(site, mainMenu(site)));
      return;
    }
    LiveItem shown = item.get();
    String page = reads.call(() -> itemPage(site, mainMenu(site), shown));
    sendPrivate(
        request,
        response,
        200,
        PreviewPages.marked(site, page, asked.get().revision(), asked.get().expires()));
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

  private String sitemap(SitePages.Context site) {
    java.util.Map<String, List<LiveItem>> live = new java.util.LinkedHashMap<>();
    java.util.Map<String, List<String>> listings = new java.util.LinkedHashMap<>();
    for (LanguageTag language : site.office().languages()) {
      live.put(language.value(), content.listLive(language, Optional.empty(), SITEMAP_LIMIT));
      List<ThemeUse> used = taxonomy.themesInUse(language);
      List<String> paths = new java.util.ArrayList<>();
      if (live.get(language.value()).stream().anyMatch(i -> i.type() == ContentType.EVENT)) {
        paths.add(ListingPages.EVENTS);
        paths.add(ListingPages.EVENTS + "/" + ListingPages.PAST);
      }
      if (live.get(language.value()).stream().anyMatch(i -> i.type() == ContentType.PUBLICATION)) {
        paths.add(ListingPages.PUBLICATIONS);
      }
      if (!used.isEmpty()) {
        paths.add(TaxonomyPages.THEMES);
        used.forEach(use -> paths.add(TaxonomyPages.themePath(use.theme().slug())));
      }
      listings.put(language.value(), paths);
    }
    return Feeds.sitemap(site, live, translations.liveVersions(), listings);
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

  /** The page at {@code parts} of an office's site in a language it publishes, if there is one. */
  private Optional<String> renderOfficePage(
      SitePages.Context site,
      String[] parts,
      int listPage,
      Optional<NewsPages.Filters> filters,
      Optional<LiveItem> atSlug) {
    if (parts.length == 3 && parts[2].equals(TaxonomyPages.THEMES)) {
      return Optional.of(
          TaxonomyPages.themeIndex(site, mainMenu(site), taxonomy.themesInUse(site.language())));
    }
    if (isPagedList(parts)) {
      return listPage < 1 ? Optional.empty() : renderList(site, parts, listPage);
    }
    if (ListingPages.isListing(parts)) {
      return renderListing(site, parts, listPage);
    }
    if (parts.length < 3) {
      return Optional.empty();
    }
    if (isHome(parts)) {
      return Optional.of(SitePages.home(site, mainMenu(site), homeBlocks(site)));
    }
    if (isNewsList(parts)) {
      return filters.isEmpty() || listPage < 1
          ? Optional.empty()
          : renderNews(site, filters.get(), listPage);
    }
    return atSlug.map(item -> itemPage(site, mainMenu(site), item));
  }

  /**
   * The home page's blocks: featured items, the latest news, the next upcoming events and the key
   * sections — the live top-level pages that the main menu leads to, in the menu's order.
   */
  private SitePages.HomeBlocks homeBlocks(SitePages.Context site) {
    List<LiveItem> featured = content.listFeatured(site.language(), FEATURED_ON_HOME);
    List<LiveItem> news =
        content.listLive(site.language(), Optional.of(ContentType.NEWS), NEWS_ON_HOME);
    List<LiveItem> events =
        ListingPages.split(
                content.listLive(site.language(), Optional.of(ContentType.EVENT), LISTING_LIMIT),
                Instant.now())
            .upcoming()
            .stream()
            .limit(EVENTS_ON_HOME)
            .toList();
    java.util.Map<String, Integer> menuOrder = new java.util.HashMap<>();
    flatten(mainMenu(site), menuOrder);
    // Only the pages the menu leads to are read: top-level slugs below this language's root.
    List<String> slugs =
        menuOrder.keySet().stream()
            .filter(href -> href.startsWith(site.home()))
            .map(href -> href.substring(site.home().length()))
            .filter(slug -> !slug.isEmpty() && Slug.parse(slug).isPresent())
            .toList();
    List<LiveItem> sections =
        content.liveTopPages(site.language(), slugs).stream()
            .filter(page -> menuOrder.containsKey(site.link(page)))
            .sorted(java.util.Comparator.comparing(page -> menuOrder.get(site.link(page))))
            .limit(SECTIONS_ON_HOME)
            .toList();
    return new SitePages.HomeBlocks(featured, news, events, sections);
  }

  private static void flatten(List<MenuEntry> entries, java.util.Map<String, Integer> order) {
    for (MenuEntry entry : entries) {
      if (entry.href() != null) {
        order.putIfAbsent(entry.href(), order.size());
      }
      flatten(entry.children(), order);
    }
  }

  /**
   * A page of the news list. Without filters, or by year only, the database pages it; a theme or a
   * kind (which is in the item's fields) is applied here to the language's news read whole.
   */
  private Optional<String> renderNews(
      SitePages.Context site, NewsPages.Filters filters, int listPage) {
    java.time.ZoneId zone = site.office().timeZone();
    NewsFilterOptions.Options options = newsFilterOptions.of(site);
    List<Integer> years = options.years();
    if (filters.year() != null && !years.contains(filters.year())) {
      return Optional.empty();
    }
    List<ThemeUse> themesInUse = options.themes();
    if (filters.theme() != null
        && themesInUse.stream().noneMatch(use -> use.theme().code().equals(filters.theme()))) {
      return Optional.empty();
    }
    Optional<LivePage> page;
    if (filters.needsScan()) {
      List<LiveItem> all =
          filters.theme() == null
              ? content.listLive(
                  site.language(),
                  ContentType.NEWS,
                  filters.from(zone),
                  filters.to(zone),
                  0,
                  LISTING_LIMIT)
              : taxonomy
                  .listLive(
                      site.language(),
                      Optional.of(ContentType.NEWS),
                      Optional.of(new ThemeCode(filters.theme())),
                      Optional.empty(),
                      LISTING_LIMIT)
                  .stream()
                  .filter(
                      item ->
                          filters.year() == null
                              || item.firstPublishedAt().atZone(zone).getYear() == filters.year())
                  .toList();
      page =
          NewsPages.page(
              all.stream()
                  .filter(
                      item ->
                          filters.kind() == null || NewsPages.kindOf(item).equals(filters.kind()))
                  .toList(),
              listPage);
    } else {
      long total =
          content.countLive(
              site.language(), ContentType.NEWS, filters.from(zone), filters.to(zone));
      int pages = (int) Math.max(1, (total + NewsPages.PAGE_SIZE - 1) / NewsPages.PAGE_SIZE);
      page =
          listPage > pages
              ? Optional.empty()
              : Optional.of(
                  new LivePage(
                      content.listLive(
                          site.language(),
                          ContentType.NEWS,
                          filters.from(zone),
                          filters.to(zone),
                          (listPage - 1) * NewsPages.PAGE_SIZE,
                          NewsPages.PAGE_SIZE),
                      listPage,
                      pages,
                      total));
    }
    return page.map(p -> NewsPages.html(site, mainMenu(site), p, filters, years, themesInUse));
  }

  /**
   * An item's page with everything around it: what its fields point at, its language versions,
   * themes and tags, hero, files, parent pages, items on its first theme (for an article that names
   * no live related items of its own) and, on the contact page, the office's contact cards.
   */
  private String itemPage(SitePages.Context site, List<MenuEntry> menu, LiveItem item) {
    java.util.Map<Long, LiveItem> references = content.findLive(referencedIds(item));
    ItemTerms terms = classification.of(item.itemId(), site.language());
    List<LiveItem> parents = new java.util.ArrayList<>();
    String[] slugs = item.path().split("/");
    for (int i = 0; i < slugs.length - 1; i++) {
      Slug.parse(slugs[i])
          .flatMap(s -> content.findLive(site.language(), s))
          .ifPresent(parents::add);
    }
    List<LiveItem> alsoOnTheme = List.of();
    boolean namesRelated = item.fields().ids("related").stream().anyMatch(references::containsKey);
    if (ShareLinks.isShared(item) && !namesRelated && !terms.themes().isEmpty()) {
      alsoOnTheme =
          taxonomy
              .listLive(
                  site.language(),
                  Optional.empty(),
                  Optional.of(new ThemeCode(terms.themes().get(0).code())),
                  Optional.empty(),
                  RELATED_ON_THEME + 1)
              .stream()
              .filter(other -> other.itemId() != item.itemId())
              .limit(RELATED_ON_THEME)
              .toList();
    }
    boolean contactPage = ContactPage.isContactPage(site, item);
    List<LiveItem> cards =
        contactPage
            ? content.listLive(
                site.language(), Optional.of(ContentType.CONTACT), ContactPage.MAX_CARDS)
            : List.of();
    return SitePages.item(
        site,
        menu,
        item,
        references,
        java.time.LocalDate.now(site.office().timeZone()),
        // An office in one language has no translations to link: two queries saved per page.
        site.office().languages().size() > 1
            ? translations.liveVersionsOf(item.itemId())
            : java.util.Map.of(),
        terms,
        heroOf(item),
        filesOf(item),
        new SitePages.ItemExtras(
            parents,
            alsoOnTheme,
            contactPage,
            cards,
            copies
                .canonicalPathOf(item.itemId())
                .map(source -> address.publicUrl() + source)
                .orElse(null)));
  }

  /** The live item whose slug is the last part of the address, if every part is a slug. */
  private Optional<LiveItem> liveAtLastSlug(SitePages.Context site, String[] parts) {
    for (int i = 2; i < parts.length; i++) {
      if (Slug.parse(parts[i]).isEmpty()) {
        return Optional.empty();
      }
    }
    return content.findLive(site.language(), new Slug(parts[parts.length - 1]));
  }

  private static String requestedPath(String[] parts) {
    return String.join("/", java.util.Arrays.asList(parts).subList(2, parts.length));
  }

  /** The item's hero image, from the office's library or HQ's, if it still has it. */
  private Optional<MediaItem> heroOf(LiveItem item) {
    Long id = item.common().heroImageId();
    return id == null ? Optional.empty() : media.find(id).filter(MediaItem::isImage);
  }

  /** A publication's cover and documents, from the office's library or HQ's, if it has them. */
  private PublicationFiles filesOf(LiveItem item) {
    if (item.type() != ContentType.PUBLICATION) {
      return PublicationFiles.NONE;
    }
    Optional<MediaItem> cover = item.fields().id("cover").flatMap(media::find);
    List<MediaItem> documents =
        item.fields().ids("documents").stream()
            .distinct()
            .map(media::find)
            .flatMap(Optional::stream)
            .toList();
    return new PublicationFiles(cover, documents);
  }

  /** A page of the events (upcoming or past) or of the publications; none past the last page. */
  private Optional<String> renderListing(SitePages.Context site, String[] parts, int listPage) {
    if (listPage < 1) {
      return Optional.empty();
    }
    if (ListingPages.isEvents(parts)) {
      ListingPages.EventSplit split =
          ListingPages.split(
              content.listLive(site.language(), Optional.of(ContentType.EVENT), LISTING_LIMIT),
              Instant.now());
      boolean past = ListingPages.isPastEvents(parts);
      return ListingPages.page(
              past ? split.past() : split.upcoming(), listPage, ListingPages.PAGE_SIZE)
          .map(page -> ListingPages.events(site, mainMenu(site), page, past));
    }
    return ListingPages.page(
            content.listLive(site.language(), Optional.of(ContentType.PUBLICATION), LISTING_LIMIT),
            listPage,
            ListingPages.PAGE_SIZE)
        .map(
            page -> {
              java.util.Map<Long, PublicationFiles> files = new java.util.HashMap<>();
              page.items().forEach(item -> files.put(item.itemId(), filesOf(item)));
              return ListingPages.publications(site, mainMenu(site), page, files);
            });
  }

  /** The items an item's fields point at (contact cards, related items). */
  private static java.util.Set<Long> referencedIds(LiveItem item) {
    java.util.Set<Long> ids = new java.util.LinkedHashSet<>();
    item.fields().itemReferences().values().forEach(ids::addAll);
    return ids;
  }

  /** {@code /{lang}/themes/{slug}} or {@code /{lang}/tags/{slug}}. */
  private static boolean isPagedList(String[] parts) {
    return parts.length == 4
        && (parts[2].equals(TaxonomyPages.THEMES) || parts[2].equals(TaxonomyPages.TAGS));
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

  /** One page of a theme's or tag's live items; none past the last page. */
  private Optional<String> renderList(SitePages.Context site, String[] parts, int listPage) {
    Optional<Slug> slug = Slug.parse(parts[3]);
    if (slug.isEmpty()) {
      return Optional.empty();
    }
    if (parts[2].equals(TaxonomyPages.THEMES)) {
      return themes
          .findBySlug(site.language(), slug.get())
          .flatMap(
              theme -> {
                LivePage page =
                    taxonomy.liveWithTheme(
                        site.language(),
                        new ThemeCode(theme.code()),
                        listPage,
                        TaxonomyPages.PAGE_SIZE);
                return listPage > page.pages()
                    ? Optional.empty()
                    : Optional.of(TaxonomyPages.themePage(site, mainMenu(site), theme, page));
              });
    }
    return tags.findBySlug(slug.get())
        .flatMap(
            tag -> {
              LivePage page =
                  taxonomy.liveWithTag(
                      site.language(), slug.get(), listPage, TaxonomyPages.PAGE_SIZE);
              return listPage > page.pages()
                  ? Optional.empty()
                  : Optional.of(TaxonomyPages.tagPage(site, mainMenu(site), tag, page));
            });
  }

  private CachedPage keep(PageCache.Key key, long epoch, String text, String contentType) {
    byte[] body = text.getBytes(StandardCharsets.UTF_8);
    CachedPage page = new CachedPage(body, contentType, "\"" + digest(body) + "\"", Instant.now());
    cache.put(key, page, epoch);
    return page;
  }

  /** The office's main menu in the page's language (see {@link SiteMenus}). */
  private List<MenuEntry> mainMenu(SitePages.Context site) {
    return siteMenus.of(site).main();
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
   * Sends a page that may be cached: with its entity tag and time, answering a matching conditional
   * request with 304. Browsers and a CDN may keep it a minute; publishing drops it from the
   * server's own cache at once.
   */
  private static void sendPage(
      HttpServletRequest request, HttpServletResponse response, CachedPage page)
      throws IOException {
    response.setHeader("ETag", page.etag());
    response.setDateHeader("Last-Modified", page.renderedAt().toEpochMilli());
    commonHeaders(response);
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

  /** Sends a page that is not kept: errors, maintenance. */
  private static void send(
      HttpServletRequest request, HttpServletResponse response, int status, String html)
      throws IOException {
    commonHeaders(response);
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
