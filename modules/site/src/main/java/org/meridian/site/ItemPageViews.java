package org.meridian.site;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.meridian.content.BodyRenderer;
import org.meridian.content.ContentType;
import org.meridian.content.LiveItem;
import org.meridian.content.LiveItemWithBody;
import org.meridian.content.LiveQueries;
import org.meridian.content.Slug;
import org.meridian.content.menu.MenuEntry;
import org.meridian.content.syndication.Copies;
import org.meridian.content.taxonomy.Classification;
import org.meridian.content.taxonomy.ItemTerms;
import org.meridian.content.taxonomy.TaxonomyQueries;
import org.meridian.content.taxonomy.ThemeCode;
import org.meridian.content.translation.TranslationQueries;

/**
 * An item's page with everything around it: what its fields point at, its language versions, themes
 * and tags, hero, files, parent pages, items on its first theme (for an article that names no live
 * related items of its own) and, on the contact page, the office's contact cards.
 */
@ApplicationScoped
class ItemPageViews {

  private static final int RELATED_ON_THEME = 3;

  @Inject private LiveQueries content;
  @Inject private Clock clock;
  @Inject private SiteAddress address;
  @Inject private TranslationQueries translationQueries;
  @Inject private TaxonomyQueries taxonomy;
  @Inject private Classification classification;
  @Inject private Copies copies;
  @Inject private BodyRenderer bodies;
  @Inject private ItemMedia itemMedia;

  /** The view of an item's page (a preview marks it before it is rendered). */
  org.meridian.site.view.ItemView of(
      SitePages.Context site, List<MenuEntry> menu, LiveItemWithBody page) {
    LiveItem item = page.item();
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
        page.withBody(
            bodies.render(
                page.body(), site.basePath(), item.language(), address.links(site)::href)),
        references,
        java.time.LocalDate.ofInstant(clock.instant(), site.office().timeZone()),
        // An office in one language has no translations to link: two queries saved per page.
        site.office().languages().size() > 1
            ? translationQueries.liveVersionsOf(item.itemId())
            : java.util.Map.of(),
        terms,
        itemMedia.heroOf(item),
        itemMedia.filesOf(item),
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
            itemMedia
                .socialImageOf(item)
                .or(() -> itemMedia.heroOf(item))
                .map(
                    image ->
                        address.links(site).absolute(image.socialUrl().orElse(image.originalUrl())))
                .orElse(null)));
  }

  /** The items an item's fields point at (contact cards, related items). */
  private static java.util.Set<Long> referencedIds(LiveItem item) {
    java.util.Set<Long> ids = new java.util.LinkedHashSet<>();
    item.fields().itemReferences().values().forEach(ids::addAll);
    return ids;
  }
}
