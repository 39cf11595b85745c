package org.meridian.site;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.meridian.content.ContentType;
import org.meridian.content.LiveItem;
import org.meridian.content.LiveQueries;
import org.meridian.content.Slug;
import org.meridian.content.menu.MenuEntry;
import org.meridian.content.taxonomy.LivePage;
import org.meridian.content.taxonomy.Tags;
import org.meridian.content.taxonomy.TaxonomyQueries;
import org.meridian.content.taxonomy.ThemeCode;
import org.meridian.content.taxonomy.ThemeUse;
import org.meridian.content.taxonomy.Themes;
import org.meridian.tenancy.office.LanguageTag;

/**
 * The paged lists of an office's site, read from what is live and rendered: the news (with its
 * filters), events, publications, and a theme's or a tag's items. Each page is one of a list's
 * pages, or none — past the last page, or for a filter, theme or tag the office does not use.
 */
@ApplicationScoped
class OfficeLists {

  /**
   * The most publications, or news of a theme or kind, of one language a list is made from (all of
   * them, paged here).
   */
  static final int LISTING_LIMIT = 2000;

  @Inject private LiveQueries content;
  @Inject private Clock clock;
  @Inject private Tags tags;
  @Inject private TaxonomyQueries taxonomy;
  @Inject private NewsFilterOptions newsFilterOptions;
  @Inject private SiteMenus siteMenus;
  @Inject private Themes themes;
  @Inject private ItemMedia itemMedia;

  /**
   * A page of the news list. Without filters, or by year only, the database pages it; a theme or a
   * kind (which is in the item's fields) is applied here to the language's news read whole.
   */
  Optional<String> news(SitePages.Context site, NewsPages.Filters filters, int listPage) {
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

  /** A page of the events (upcoming or past); none past the last page. */
  Optional<String> events(SitePages.Context site, boolean past, int listPage) {
    if (listPage < 1) {
      return Optional.empty();
    }
    // The database splits, orders and pages the events by the dates their items keep.
    LanguageTag language = site.language();
    java.time.Instant now = clock.instant();
    return ListingPages.page(
            past
                ? content.countPastEvents(language, now)
                : content.countUpcomingEvents(language, now),
            listPage,
            ListingPages.PAGE_SIZE,
            (offset, limit) ->
                past
                    ? content.pastEvents(language, now, offset, limit)
                    : content.upcomingEvents(language, now, offset, limit))
        .map(page -> ListingPages.events(site, mainMenu(site), page, past));
  }

  /** A page of the publications; none past the last page. */
  Optional<String> publications(SitePages.Context site, int listPage) {
    if (listPage < 1) {
      return Optional.empty();
    }
    return ListingPages.page(
            content.listLive(site.language(), Optional.of(ContentType.PUBLICATION), LISTING_LIMIT),
            listPage,
            ListingPages.PAGE_SIZE)
        .map(
            page -> {
              java.util.Map<Long, PublicationFiles> files = new java.util.HashMap<>();
              page.items().forEach(item -> files.put(item.itemId(), itemMedia.filesOf(item)));
              return ListingPages.publications(site, mainMenu(site), page, files);
            });
  }

  /** One page of a theme's live items; none past the last page. */
  Optional<String> theme(SitePages.Context site, String slugText, int listPage) {
    Optional<Slug> slug = Slug.parse(slugText);
    if (slug.isEmpty() || listPage < 1) {
      return Optional.empty();
    }
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

  /** One page of a tag's live items; none past the last page. */
  Optional<String> tag(SitePages.Context site, String slugText, int listPage) {
    Optional<Slug> slug = Slug.parse(slugText);
    if (slug.isEmpty() || listPage < 1) {
      return Optional.empty();
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

  private List<MenuEntry> mainMenu(SitePages.Context site) {
    return siteMenus.of(site).main();
  }
}
