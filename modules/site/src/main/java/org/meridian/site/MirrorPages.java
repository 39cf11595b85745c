package org.meridian.site;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.meridian.content.ContentType;
import org.meridian.content.LiveItem;
import org.meridian.content.LiveQueries;
import org.meridian.tenancy.TenantContext;
import org.meridian.tenancy.office.LanguageTag;
import org.meridian.tenancy.office.LogoImage;
import org.meridian.tenancy.office.OfficeLogos;
import org.meridian.tenancy.office.OfficeRef;

/**
 * One address of an office's site rendered in-process for its static mirror (docs/mirror.md), by
 * the same route, page and template code as {@link SiteServlet}, as if the site were served on its
 * own host at {@code root} (the mirror's base address): its own links are then paths from the
 * site's root ({@code /en/news}) and its absolute addresses (canonical links, feeds, the sitemap)
 * are below {@code root}. What differs from the live site, on purpose: no network alerts (they end
 * while a mirror stays), and the search page is a note that search needs the live site. Never
 * through the page cache: a mirror reads what is live now.
 */
@ApplicationScoped
public class MirrorPages {

  private static final int NEWS_IN_FEED = 20;

  @Inject private TenantContext tenant;
  @Inject private ReadTransaction reads;
  @Inject private OfficePages pages;
  @Inject private SiteMenus siteMenus;
  @Inject private SiteAddress address;
  @Inject private OfficeLogos logos;
  @Inject private LiveQueries content;

  /** A rendered address: a page or file, a redirect ({@code location}), or an error status. */
  public record Rendered(int status, String contentType, byte[] body, String location) {

    static Rendered text(int status, String contentType, String text) {
      return new Rendered(status, contentType, text.getBytes(StandardCharsets.UTF_8), null);
    }

    public boolean isHtml() {
      return contentType.startsWith("text/html");
    }
  }

  /** The folder of the theme's files below a site's root ({@code _assets/}). */
  public static final String ASSETS = Assets.PREFIX;

  /** The theme's file at {@code path} ({@code /_assets/site.3f9a….css}), if it is one. */
  public static Optional<Rendered> asset(String path) {
    if (!path.startsWith(Assets.PREFIX)) {
      return Optional.empty();
    }
    return Assets.shared()
        .find(path.substring(Assets.PREFIX.length()))
        .map(a -> new Rendered(200, a.mediaType(), a.bytes(), null));
  }

  /**
   * The address {@code pathAndQuery} of {@code office}'s site (from the site's root: {@code
   * /en/news?page=2}) as a visitor of {@code root} would get it. Call it outside any transaction:
   * it works for the office in a read transaction of its own.
   */
  public Rendered render(OfficeRef office, String root, String pathAndQuery) {
    int q = pathAndQuery.indexOf('?');
    String path = q < 0 ? pathAndQuery : pathAndQuery.substring(0, q);
    Map<String, String> query = q < 0 ? Map.of() : parameters(pathAndQuery.substring(q + 1));
    SiteRoute page = SiteRoute.parse(path, query::get);
    switch (page) {
      case SiteRoute.Robots robots -> {
        return Rendered.text(200, "text/plain;charset=UTF-8", Feeds.robots(root));
      }
      case SiteRoute.Logo logo -> {
        Optional<LogoImage> image = logos.find(office.code());
        return image
            .map(i -> new Rendered(200, i.mediaType(), i.bytes(), null))
            .orElse(new Rendered(404, "text/plain", new byte[0], null));
      }
      case SiteRoute.NoLanguage none -> {
        return new Rendered(
            301, CachedPage.HTML, new byte[0], "/" + office.defaultLanguage() + "/");
      }
      default -> {}
    }
    Optional<LanguageTag> language =
        page instanceof SiteRoute.InLanguage in
            ? LanguageTag.parse(in.language()).filter(office::publishesIn)
            : Optional.empty();
    if (language.isPresent() && page instanceof SiteRoute.LanguageRoot) {
      return new Rendered(301, CachedPage.HTML, new byte[0], "/" + language.get() + "/");
    }
    SitePages.Context bare =
        new SitePages.Context(
                office,
                language.orElse(office.defaultLanguage()),
                "",
                root,
                logos.find(office.code()).orElse(null))
            .withNetwork(address.networkLink(office, language.orElse(office.defaultLanguage())));
    return tenant.callAs(office, () -> reads.call(() -> render(bare, language, page)));
  }

  private Rendered render(SitePages.Context bare, Optional<LanguageTag> language, SiteRoute page) {
    if (page instanceof SiteRoute.Sitemap) {
      return Rendered.text(200, Feeds.XML, pages.sitemap(bare));
    }
    if (language.isPresent() && page instanceof SiteRoute.Feed feed) {
      List<LiveItem> items =
          content.listLive(bare.language(), Optional.of(ContentType.NEWS), NEWS_IN_FEED);
      return feed.atom()
          ? Rendered.text(200, Feeds.ATOM, Feeds.atom(bare, items))
          : Rendered.text(200, Feeds.RSS, Feeds.rss(bare, items));
    }
    SitePages.Context site = bare.withFooter(siteMenus.of(bare).footer());
    if (language.isPresent() && page instanceof SiteRoute.Search) {
      return Rendered.text(
          200,
          CachedPage.HTML,
          SitePages.message(
              site, pages.mainMenu(site), "searchOffline", "searchOfflineText", true));
    }
    if (page instanceof SiteRoute.Preview) {
      return Rendered.text(404, CachedPage.HTML, SitePages.notFound(site, pages.mainMenu(site)));
    }
    SiteRoute.InLanguage asked =
        page instanceof SiteRoute.InLanguage in ? in : new SiteRoute.Item("", List.of());
    OfficePages.Outcome outcome = pages.resolve(site, language, asked);
    if (outcome.location() != null) {
      return new Rendered(301, CachedPage.HTML, new byte[0], outcome.location());
    }
    return Rendered.text(outcome.status(), CachedPage.HTML, outcome.html());
  }

  private static Map<String, String> parameters(String query) {
    Map<String, String> values = new HashMap<>();
    for (String pair : query.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      String name =
          URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
      String value =
          eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
      values.putIfAbsent(name, value);
    }
    return values;
  }
}
