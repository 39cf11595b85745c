package org.meridian.site;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.meridian.content.ContentType;
import org.meridian.content.LiveItem;
import org.meridian.content.LiveItemWithBody;
import org.meridian.content.Slug;
import org.meridian.content.media.MediaItem;
import org.meridian.content.menu.MenuEntry;
import org.meridian.content.taxonomy.ItemTerms;
import org.meridian.site.view.Chrome;
import org.meridian.site.view.ItemView;
import org.meridian.site.view.Templates;
import org.meridian.tenancy.office.LanguageTag;

/** An item's page: its view filled from the item and what is around it, then its template. */
final class ItemPages {

  private ItemPages() {}

  /**
   * What an item's page shows around the item itself: the live parent pages of a nested page (for
   * its breadcrumbs), items on the same theme (when an article names no related items of its own)
   * and, on the office's contact page, its live contact cards; and {@code canonicalUrl}, when not
   * null, the page's canonical address instead of its own (a shared copy points search engines at
   * its source).
   */
  record ItemExtras(
      List<LiveItem> parents,
      List<LiveItem> alsoOnTheme,
      boolean contactPage,
      List<LiveItem> contactCards,
      String canonicalUrl,
      String image) {

    static final ItemExtras NONE =
        new ItemExtras(List.of(), List.of(), false, List.of(), null, null);

    ItemExtras withCanonicalUrl(String url) {
      return new ItemExtras(parents, alsoOnTheme, contactPage, contactCards, url, image);
    }
  }

  /** An item's page: its view in the item template. */
  static String html(ItemView view) {
    return Templates.render("item.jte", view);
  }

  /**
   * The view of an item's page with its type's own fields; {@code references} are the live items it
   * points at (contact cards, related items), {@code today} the date in the office's time zone;
   * {@code versions} the live language versions of its translation set (empty when it has none),
   * which the language switcher and the {@code hreflang} alternates link to; {@code terms} the
   * themes and tags it carries.
   */
  static ItemView view(
      SitePages.Context site,
      List<MenuEntry> menu,
      LiveItemWithBody page,
      Map<Long, LiveItem> references,
      LocalDate today,
      Map<LanguageTag, Slug> versions,
      ItemTerms terms,
      Optional<MediaItem> hero,
      PublicationFiles files,
      ItemExtras extras) {
    LiveItem item = page.item();
    Chrome chrome =
        SitePages.chrome(
            site,
            item.title(),
            PageHead.item(site, item, versions, extras.canonicalUrl()).withImage(extras.image()),
            menu,
            versions);
    List<LiveItem> named = ItemDetails.related(item, references);
    List<LiveItem> related = named.isEmpty() ? extras.alsoOnTheme() : named;
    return new ItemView(
        chrome,
        SitePages.crumbs(site, SitePages.crumbsAbove(site, item, extras.parents()), item.title()),
        item.type().name().toLowerCase(Locale.ROOT),
        item.title(),
        ItemDetails.kind(site, item),
        ItemDetails.dateline(site, item),
        item.type() == ContentType.NEWS ? SitePages.date(site, item) : null,
        ItemDetails.eventTimes(site, item),
        item.summary(),
        HeroImage.of(item.common(), hero, item.language()),
        item.type() == ContentType.PUBLICATION ? files.coverImage() : null,
        body(page),
        extras.contactPage()
            ? ContactPage.view(site, chrome.contact(), extras.contactCards())
            : null,
        ItemDetails.quotes(item),
        ItemDetails.mediaContacts(
            item,
            references,
            today,
            item.firstPublishedAt() == null
                ? null
                : LocalDate.ofInstant(item.firstPublishedAt(), site.office().timeZone())),
        item.type() == ContentType.CONTACT ? ItemDetails.contactCard(item.fields(), false) : null,
        ItemDetails.place(item),
        ItemDetails.facts(site, item),
        related.stream().map(r -> SitePages.card(site, r, null, false)).toList(),
        item.type() == ContentType.PUBLICATION ? files.downloads() : List.of(),
        terms.themes().stream()
            .map(t -> new Chrome.Link(t.name(), site.home() + TaxonomyPages.themePath(t.slug())))
            .toList(),
        terms.tags().stream()
            .map(t -> new Chrome.Link(t.name(), site.home() + TaxonomyPages.tagPath(t.slug())))
            .toList(),
        ShareLinks.links(site, item));
  }

  /**
   * The item's body as the page shows it: the one way from a stored body to the page, where links
   * stored by item are to be resolved. The body was sanitised by an allow-list when it was saved.
   */
  static String body(LiveItemWithBody page) {
    return page.body();
  }
}
