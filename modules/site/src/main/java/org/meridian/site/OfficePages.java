package org.meridian.site;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.meridian.content.ContentQueries;
import org.meridian.content.ContentType;
import org.meridian.content.LiveItem;
import org.meridian.content.Slug;
import org.meridian.content.media.MediaItem;
import org.meridian.content.media.MediaLibrary;
import org.meridian.content.menu.MenuEntry;
import org.meridian.content.taxonomy.Classification;
import org.meridian.content.taxonomy.ItemTerms;
import org.meridian.content.taxonomy.LivePage;
import org.meridian.content.taxonomy.Tags;
import org.meridian.content.taxonomy.TaxonomyQueries;
import org.meridian.content.taxonomy.ThemeCode;
import org.meridian.content.taxonomy.ThemeUse;
import org.meridian.content.taxonomy.Themes;
import org.meridian.content.translation.Translations;
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

  private static final int NEWS_ON_HOME = 6;
  private static final int FEATURED_ON_HOME = 4;
  private static final int EVENTS_ON_HOME = 3;
  private static final int SECTIONS_ON_HOME = 6;
  private static final int RELATED_ON_THEME = 3;
  private static final int SITEMAP_LIMIT = 5000;

  /**
   * The most publications, or news of a theme or kind, of one language a list is made from (all of
   * them, paged here).
   */
  private static final int LISTING_LIMIT = 2000;

  @Inject private ContentQueries content;
  @Inject private Clock clock;
  @Inject private SiteAddress address;
  @Inject private Translations translations;
  @Inject private Tags tags;
  @Inject private TaxonomyQueries taxonomy;
  @Inject private Classification classification;
  @Inject private MediaLibrary media;
  @Inject private NewsFilterOptions newsFilterOptions;
  @Inject private SiteMenus siteMenus;
  @Inject private Themes themes;
  @Inject private org.meridian.content.syndication.Copies copies;
  @Inject private org.meridian.content.BodyRenderer bodies;

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
              Optional.of(SitePages.home(site, mainMenu(site), homeBlocks(site)));
          case SiteRoute.News news ->
              news.filters().isEmpty() || news.page() < 1
                  ? Optional.empty()
                  : renderNews(site, news.filters().get(), news.page());
          case SiteRoute.Themes themes ->
              Optional.of(
                  TaxonomyPages.themeIndex(
                      site, mainMenu(site), taxonomy.themesInUse(site.language())));
          case SiteRoute.Theme theme -> renderTheme(site, theme.slug(), theme.page());
          case SiteRoute.Tag tag -> renderTag(site, tag.slug(), tag.page());
          case SiteRoute.Events events -> renderEvents(site, events.past(), events.page());
          case SiteRoute.Publications list -> renderPublications(site, list.page());
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
    Optional<LiveItem> atSlug = liveAtLastSlug(site, slugs);
    if (atSlug.isPresent()) {
      return atSlug.get().path().equals(String.join("/", slugs))
          ? Outcome.page(itemPage(site, mainMenu(site), atSlug.get()))
          : Outcome.movedTo(site.link(atSlug.get()));
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
    return Feeds.sitemap(site, live, translations.liveVersions(), listings);
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
        content.upcomingEvents(site.language(), clock.instant(), 0, EVENTS_ON_HOME);
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
    java.util.Map<Long, org.meridian.site.view.Image> images = new java.util.HashMap<>();
    // Cards show their item's hero picture: one library read per featured or news item.
    for (LiveItem item :
        java.util.stream.Stream.concat(featured.stream(), news.stream()).toList()) {
      org.meridian.site.view.Image hero =
          HeroImage.of(item.common(), heroOf(item), item.language());
      if (hero != null) {
        images.put(item.itemId(), hero);
      }
    }
    return new SitePages.HomeBlocks(featured, news, events, sections, images, banner(site));
  }

  /**
   * The office's banner picture (its branding), from its own library: none when it has none, or the
   * file is gone or no longer a picture. Decorative: the office's name is its heading.
   */
  private org.meridian.site.view.Image banner(SitePages.Context site) {
    Long id = site.office().branding().bannerMediaId();
    if (id == null) {
      return null;
    }
    return media
        .find(id)
        .filter(item -> item.isImage() && !item.shared())
        .map(
            item ->
                new org.meridian.site.view.Image(
                    item.thumbnailUrl(),
                    item.srcset(),
                    HeroImage.SIZES,
                    "",
                    item.width(),
                    item.height(),
                    false,
                    null))
        .orElse(null);
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
  String itemPage(SitePages.Context site, List<MenuEntry> menu, LiveItem item) {
    return org.meridian.site.view.Templates.render("item.jte", itemView(site, menu, item));
  }

  /** The view of an item's page (a preview marks it before it is rendered). */
  org.meridian.site.view.ItemView itemView(
      SitePages.Context site, List<MenuEntry> menu, LiveItem item) {
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
    return ItemPages.view(
        site,
        menu,
        // The one place a body's internal links and library images are written for the site.
        item.withBody(
            bodies.render(
                item.body(), site.basePath(), item.language(), address.links(site)::href)),
        references,
        java.time.LocalDate.ofInstant(clock.instant(), site.office().timeZone()),
        // An office in one language has no translations to link: two queries saved per page.
        site.office().languages().size() > 1
            ? translations.liveVersionsOf(item.itemId())
            : java.util.Map.of(),
        terms,
        heroOf(item),
        filesOf(item),
        new ItemPages.ItemExtras(
            parents,
            alsoOnTheme,
            contactPage,
            cards,
            copies
                .canonicalPathOf(item.itemId())
                .map(source -> address.links(site).absolute(source))
                .orElse(null),
            // Open Graph: the social image, else the hero, at the address the page is seen at:
            // its social cut (1200×630 around the focal point) when the library has one.
            socialImageOf(item)
                .or(() -> heroOf(item))
                .map(
                    image ->
                        address.links(site).absolute(image.socialUrl().orElse(image.originalUrl())))
                .orElse(null)));
  }

  /** The live item whose slug is the last part of the address, if every part is a slug. */
  private Optional<LiveItem> liveAtLastSlug(SitePages.Context site, List<String> slugs) {
    for (String slug : slugs) {
      if (Slug.parse(slug).isEmpty()) {
        return Optional.empty();
      }
    }
    return content.findLive(site.language(), new Slug(slugs.get(slugs.size() - 1)));
  }

  /** The item's hero image, from the office's library or HQ's, if it still has it. */
  private Optional<MediaItem> socialImageOf(LiveItem item) {
    Long id = item.common().socialImageId();
    return id == null ? Optional.empty() : media.find(id).filter(MediaItem::isImage);
  }

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

  /** A page of the events (upcoming or past); none past the last page. */
  private Optional<String> renderEvents(SitePages.Context site, boolean past, int listPage) {
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
  private Optional<String> renderPublications(SitePages.Context site, int listPage) {
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

  /** One page of a theme's live items; none past the last page. */
  private Optional<String> renderTheme(SitePages.Context site, String slugText, int listPage) {
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
  private Optional<String> renderTag(SitePages.Context site, String slugText, int listPage) {
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

  /** The office's main menu in the page's language (see {@link SiteMenus}). */
  List<MenuEntry> mainMenu(SitePages.Context site) {
    return siteMenus.of(site).main();
  }
}
