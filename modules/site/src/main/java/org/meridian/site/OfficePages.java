package org.meridian.site;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import org.meridian.content.ContentType;
import org.meridian.content.LiveItem;
import org.meridian.content.LiveItemWithBody;
import org.meridian.content.LiveQueries;
import org.meridian.content.Slug;
import org.meridian.content.menu.MenuEntry;
import org.meridian.content.taxonomy.TaxonomyQueries;
import org.meridian.content.taxonomy.ThemeUse;
import org.meridian.content.translation.TranslationQueries;
import org.meridian.tenancy.office.LanguageTag;

/**
 * The pages of an office's site, rendered from what is live: the home, the news list, items,
 * sections, theme and tag pages, events and publications, and the sitemap; or why there is none — a
 * redirect to where an item is now, 410 for what was once published, 404. {@link SiteServlet}
 * routes the request, keeps the page in the page cache and sends it; everything here runs inside
 * its one read transaction.
 */
@ApplicationScoped
class OfficePages {

  private static final int SITEMAP_LIMIT = 5000;

  @Inject private LiveQueries content;
  @Inject private TranslationQueries translationQueries;
  @Inject private TaxonomyQueries taxonomy;
  @Inject private SiteMenus siteMenus;
  @Inject private OfficeHome officeHome;
  @Inject private OfficeLists lists;
  @Inject private ItemPageViews itemViews;

  /** What a request to an office page comes to: a page (200), a redirect, or an error page. */
  record Outcome(int status, String html, String location) {

    static Outcome page(String html) {
      return new Outcome(200, html, null);
    }

    static Outcome movedTo(String location) {
      return new Outcome(301, null, location);
    }
  }

  /**
   * The page {@code route} asks for, read in one transaction: its HTML, a redirect, a 404 or a 410.
   */
  Outcome resolve(
      SitePages.Context site, Optional<LanguageTag> language, SiteRoute.InLanguage route) {
    if (language.isEmpty()) {
      return new Outcome(404, SitePages.notFound(site, mainMenu(site)), null);
    }
    if (route instanceof SiteRoute.Item item) {
      return item(site, language.get(), item.slugs());
    }
    Optional<String> page =
        switch (route) {
          case SiteRoute.Home home ->
              Optional.of(SitePages.home(site, mainMenu(site), officeHome.of(site)));
          case SiteRoute.News news ->
              news.filters().isEmpty() || news.page() < 1
                  ? Optional.empty()
                  : lists.news(site, news.filters().get(), news.page());
          case SiteRoute.Themes themes ->
              Optional.of(
                  TaxonomyPages.themeIndex(
                      site, mainMenu(site), taxonomy.themesInUse(site.language())));
          case SiteRoute.Theme theme -> lists.theme(site, theme.slug(), theme.page());
          case SiteRoute.Tag tag -> lists.tag(site, tag.slug(), tag.page());
          case SiteRoute.Events events -> lists.events(site, events.past(), events.page());
          case SiteRoute.Publications list -> lists.publications(site, list.page());
          default -> Optional.empty();
        };
    return page.map(Outcome::page)
        .orElseGet(() -> new Outcome(404, SitePages.notFound(site, mainMenu(site)), null));
  }

  /**
   * An item's address: its page; a redirect when it is asked for at another path, or at an old slug
   * of an item whose slug changed; 410 for what was once published there; else 404.
   */
  private Outcome item(SitePages.Context site, LanguageTag language, List<String> slugs) {
    if (slugs.isEmpty()) {
      return new Outcome(404, SitePages.notFound(site, mainMenu(site)), null);
    }
    // The live item at the last slug, read once for the canonical-address check and the page.
    Optional<LiveItemWithBody> atSlug = liveAtLastSlug(site, slugs);
    if (atSlug.isPresent()) {
      return atSlug.get().item().path().equals(String.join("/", slugs))
          ? Outcome.page(itemPage(site, mainMenu(site), atSlug.get()))
          : Outcome.movedTo(site.link(atSlug.get().item()));
    }
    Optional<Slug> lastSlug = Slug.parse(slugs.get(slugs.size() - 1));
    if (lastSlug.isPresent() && slugs.size() == 1) {
      Optional<Slug> movedTo = content.movedTo(language, lastSlug.get());
      if (movedTo.isPresent()) {
        return Outcome.movedTo(site.home() + movedTo.get().value());
      }
    }
    if (lastSlug.isPresent() && content.wasOncePublished(language, lastSlug.get())) {
      // Something was published here once and is no longer: gone, not "never was".
      return new Outcome(410, SitePages.gone(site, mainMenu(site)), null);
    }
    return new Outcome(404, SitePages.notFound(site, mainMenu(site)), null);
  }

  String sitemap(SitePages.Context site) {
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
    return Feeds.sitemap(site, live, translationQueries.liveVersions(), listings);
  }

  /** An item's page with everything around it ({@link ItemPageViews}). */
  private String itemPage(SitePages.Context site, List<MenuEntry> menu, LiveItemWithBody item) {
    return ItemPages.html(itemView(site, menu, item));
  }

  /** The view of an item's page (a preview marks it before it is rendered). */
  org.meridian.site.view.ItemView itemView(
      SitePages.Context site, List<MenuEntry> menu, LiveItemWithBody item) {
    return itemViews.of(site, menu, item);
  }

  /**
   * The live item whose slug is the last part of the address, with its body, if every part is a
   * slug.
   */
  private Optional<LiveItemWithBody> liveAtLastSlug(SitePages.Context site, List<String> slugs) {
    for (String slug : slugs) {
      if (Slug.parse(slug).isEmpty()) {
        return Optional.empty();
      }
    }
    return content.findLiveWithBody(site.language(), new Slug(slugs.get(slugs.size() - 1)));
  }

  /** The office's main menu in the page's language (see {@link SiteMenus}). */
  List<MenuEntry> mainMenu(SitePages.Context site) {
    return siteMenus.of(site).main();
  }
}
