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
import org.meridian.content.media.MediaLibrary;
import org.meridian.content.menu.MenuEntry;

/**
 * What an office's home page shows, read from what is live: the featured items, the latest news,
 * the next events, the key sections and the office's banner.
 */
@ApplicationScoped
class OfficeHome {

  private static final int NEWS_ON_HOME = 6;
  private static final int FEATURED_ON_HOME = 4;
  private static final int EVENTS_ON_HOME = 3;
  private static final int SECTIONS_ON_HOME = 6;

  @Inject private LiveQueries content;
  @Inject private Clock clock;
  @Inject private MediaLibrary media;
  @Inject private SiteMenus siteMenus;
  @Inject private ItemMedia itemMedia;

  /**
   * The home page's blocks: featured items, the latest news, the next upcoming events and the key
   * sections — the live top-level pages that the main menu leads to, in the menu's order.
   */
  SitePages.HomeBlocks of(SitePages.Context site) {
    List<LiveItem> featured = content.listFeatured(site.language(), FEATURED_ON_HOME);
    List<LiveItem> news =
        content.listLive(site.language(), Optional.of(ContentType.NEWS), NEWS_ON_HOME);
    List<LiveItem> events =
        content.upcomingEvents(site.language(), clock.instant(), 0, EVENTS_ON_HOME);
    java.util.Map<String, Integer> menuOrder = new java.util.HashMap<>();
    flatten(siteMenus.of(site).main(), menuOrder);
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
          HeroImage.of(item.common(), itemMedia.heroOf(item), item.language());
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
}
