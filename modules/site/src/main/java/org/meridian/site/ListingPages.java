package org.meridian.site;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.meridian.content.LiveItem;
import org.meridian.content.menu.MenuEntry;
import org.meridian.content.taxonomy.LivePage;
import org.meridian.site.view.Card;
import org.meridian.site.view.Chrome;
import org.meridian.site.view.ListView;
import org.meridian.site.view.Templates;
import org.meridian.site.view.Words;

/**
 * The public lists of events and publications: {@code /{lang}/events} (upcoming, soonest first),
 * {@code /{lang}/events/past} (ended, latest first) and {@code /{lang}/publications} (newest first,
 * with cover and downloads), {@value #PAGE_SIZE} a page with {@code ?page=N}. Times are shown in
 * the office's time zone.
 */
final class ListingPages {

  static final String EVENTS = "events";
  static final String PAST = "past";
  static final String PUBLICATIONS = "publications";
  static final int PAGE_SIZE = 20;

  private ListingPages() {}

  /**
   * The period of {@code length} an events list rendered at {@code now} belongs to, part of its
   * cache key: the list depends on the time (an event that ends moves to the past), so it is
   * rendered again at least once a period ({@link PageCache#eventsRefresh()}).
   */
  static long period(Instant now, Duration length) {
    return now.getEpochSecond() / length.toSeconds();
  }

  /**
   * Page {@code page} (from 1) of {@code all}; empty for a page below 1 or past the last. An empty
   * list has one, empty, page.
   */
  static Optional<LivePage> page(List<LiveItem> all, int page, int size) {
    return page(
        all.size(),
        page,
        size,
        (offset, limit) -> all.subList(offset, Math.min(all.size(), offset + limit)));
  }

  /** Reads {@code limit} items of a list from the {@code offset}th. */
  interface Slice {
    List<LiveItem> read(int offset, int limit);
  }

  /**
   * Page {@code page} (from 1) of a list of {@code total} items that the database pages: only that
   * page's items are read, through {@code slice}. Empty for a page below 1 or past the last; an
   * empty list has one, empty, page.
   */
  static Optional<LivePage> page(long total, int page, int size, Slice slice) {
    int pages = (int) Math.max(1, (total + size - 1) / size);
    if (page < 1 || page > pages) {
      return Optional.empty();
    }
    return Optional.of(new LivePage(slice.read((page - 1) * size, size), page, pages, total));
  }

  static String events(SitePages.Context site, List<MenuEntry> menu, LivePage page, boolean past) {
    Words w = site.words();
    String path = past ? EVENTS + "/" + PAST : EVENTS;
    String heading = w.get(past ? "pastEvents" : "upcomingEvents");
    return Templates.render(
        "list.jte",
        new ListView(
            SitePages.chrome(
                site,
                titled(site, heading, page),
                PageHead.paged(site, path, page.page(), page.pages())
                    .describedAs(
                        w.format(
                            past ? "pastEventsDescription" : "eventsDescription",
                            site.office().name(site.language()))),
                menu,
                Map.of()),
            null,
            heading,
            "events",
            new Chrome.Link(
                w.get(past ? "upcomingEventsLink" : "pastEventsLink"),
                site.home() + (past ? EVENTS : EVENTS + "/" + PAST)),
            null,
            page.items().stream().map(e -> card(site, e)).toList(),
            w.get(past ? "noPastEvents" : "noUpcomingEvents"),
            TaxonomyPages.pager(site, path, page)));
  }

  /** An event as a card: its times in the office's time zone, the zone named. */
  static Card card(SitePages.Context site, LiveItem event) {
    return new Card(
        site.link(event),
        event.title(),
        null,
        null,
        when(site, event),
        event.summary(),
        null,
        List.of());
  }

  private static Optional<ZonedDateTime> start(LiveItem event) {
    return event.fields().dateTime("start");
  }

  /** When an event is, in the office's time zone: its start and end, the zone named. */
  static Card.EventTimes when(SitePages.Context site, LiveItem event) {
    Optional<ZonedDateTime> start = start(event);
    if (start.isEmpty()) {
      return null;
    }
    ZoneId zone = site.office().timeZone();
    ZonedDateTime from = start.get().withZoneSameInstant(zone);
    Optional<ZonedDateTime> end = event.fields().dateTime("end");
    return new Card.EventTimes(
        ItemDetails.moment(site.language(), from, true),
        end.map(e -> e.withZoneSameInstant(zone))
            .map(
                to ->
                    ItemDetails.moment(
                        site.language(), to, !to.toLocalDate().equals(from.toLocalDate())))
            .orElse(null),
        zone.getId());
  }

  /**
   * The office's publications, newest first, each with its cover, year and downloads ({@code files}
   * by item id).
   */
  static String publications(
      SitePages.Context site,
      List<MenuEntry> menu,
      LivePage page,
      Map<Long, PublicationFiles> files) {
    Words w = site.words();
    String heading = w.get("publications");
    return Templates.render(
        "list.jte",
        new ListView(
            SitePages.chrome(
                site,
                titled(site, heading, page),
                PageHead.paged(site, PUBLICATIONS, page.page(), page.pages())
                    .describedAs(
                        w.format("publicationsDescription", site.office().name(site.language()))),
                menu,
                Map.of()),
            null,
            heading,
            "publications",
            null,
            null,
            page.items().stream()
                .map(
                    publication -> {
                      PublicationFiles own =
                          files.getOrDefault(publication.itemId(), PublicationFiles.NONE);
                      return new Card(
                          site.link(publication),
                          publication.title(),
                          publication.fields().year("year").map(String::valueOf).orElse(null),
                          null,
                          null,
                          publication.summary(),
                          own.coverThumbnail(),
                          own.downloads());
                    })
                .toList(),
            w.get("noPublications"),
            TaxonomyPages.pager(site, PUBLICATIONS, page)));
  }

  static String titled(SitePages.Context site, String heading, LivePage page) {
    return page.page() > 1
        ? heading + " (" + site.words().format("pageOf", page.page(), page.pages()) + ")"
        : heading;
  }
}
