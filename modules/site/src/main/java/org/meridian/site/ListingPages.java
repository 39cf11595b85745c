package org.meridian.site;

import static org.meridian.site.Html.escape;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.meridian.content.LiveItem;
import org.meridian.content.menu.MenuEntry;
import org.meridian.content.taxonomy.LivePage;

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

  /** {@code events}, {@code events/past} or {@code publications} below the language root. */
  static boolean isListing(String[] parts) {
    return (parts.length == 3 && (parts[2].equals(EVENTS) || parts[2].equals(PUBLICATIONS)))
        || isPastEvents(parts);
  }

  static boolean isEvents(String[] parts) {
    return (parts.length == 3 && parts[2].equals(EVENTS)) || isPastEvents(parts);
  }

  static boolean isPastEvents(String[] parts) {
    return parts.length == 4 && parts[2].equals(EVENTS) && parts[3].equals(PAST);
  }

  /**
   * The period of {@code length} an events list rendered at {@code now} belongs to, part of its
   * cache key: the list depends on the time (an event that ends moves to the past), so it is
   * rendered again at least once a period ({@link PageCache#eventsRefresh()}).
   */
  static long period(Instant now, Duration length) {
    return now.getEpochSecond() / length.toSeconds();
  }

  /** Events split at {@code now}: those not yet ended, and those that have. */
  record EventSplit(List<LiveItem> upcoming, List<LiveItem> past) {}

  /**
   * Upcoming events are those that have not ended at {@code now} (one under way is still upcoming),
   * soonest start first; past ones have ended, latest start first. An event without a start (not
   * valid since event fields exist) is in neither.
   */
  static EventSplit split(List<LiveItem> events, Instant now) {
    Comparator<LiveItem> byStart =
        Comparator.comparing((LiveItem e) -> start(e).orElseThrow().toInstant())
            .thenComparing(LiveItem::itemId);
    List<LiveItem> dated = events.stream().filter(e -> start(e).isPresent()).toList();
    List<LiveItem> upcoming =
        dated.stream().filter(e -> !endOf(e).isBefore(now)).sorted(byStart).toList();
    List<LiveItem> past =
        dated.stream().filter(e -> endOf(e).isBefore(now)).sorted(byStart.reversed()).toList();
    return new EventSplit(upcoming, past);
  }

  private static Optional<ZonedDateTime> start(LiveItem event) {
    return event.fields().dateTime("start");
  }

  /** When the event ends: its end, or its start when it has none. */
  private static Instant endOf(LiveItem event) {
    return event.fields().dateTime("end").or(() -> start(event)).orElseThrow().toInstant();
  }

  /**
   * Page {@code page} (from 1) of {@code all}; empty for a page below 1 or past the last. An empty
   * list has one, empty, page.
   */
  static Optional<LivePage> page(List<LiveItem> all, int page, int size) {
    int pages = (int) Math.max(1, (all.size() + (long) size - 1) / size);
    if (page < 1 || page > pages) {
      return Optional.empty();
    }
    int from = (page - 1) * size;
    return Optional.of(
        new LivePage(
            all.subList(from, Math.min(all.size(), from + size)), page, pages, all.size()));
  }

  static String events(SitePages.Context site, List<MenuEntry> menu, LivePage page, boolean past) {
    String path = past ? EVENTS + "/" + PAST : EVENTS;
    String heading = SiteWords.of(site.language(), past ? "pastEvents" : "upcomingEvents");
    StringBuilder main = new StringBuilder();
    main.append("<h1>").append(escape(heading)).append("</h1>");
    main.append("<p class=\"other-events\"><a href=\"")
        .append(escape(site.home() + (past ? EVENTS : EVENTS + "/" + PAST)))
        .append("\">")
        .append(SitePages.words(site, past ? "upcomingEvents" : "pastEvents"))
        .append("</a></p>");
    if (page.items().isEmpty()) {
      main.append("<p>")
          .append(SitePages.words(site, past ? "noPastEvents" : "noUpcomingEvents"))
          .append("</p>");
    } else {
      main.append("<ul class=\"events\">");
      for (LiveItem event : page.items()) {
        main.append("<li><a href=\"")
            .append(escape(site.link(event)))
            .append("\">")
            .append(escape(event.title()))
            .append("</a>")
            .append(when(site, event));
        if (!event.summary().isEmpty()) {
          main.append("<p>").append(escape(event.summary())).append("</p>");
        }
        main.append("</li>");
      }
      main.append("</ul>");
    }
    TaxonomyPages.appendPager(site, main, path, page);
    return SitePages.layout(
        site,
        titled(site, heading, page),
        PageHead.paged(site, path, page.page(), page.pages()),
        menu,
        main.toString());
  }

  /** When an event is, in the office's time zone: its start and end, the zone named. */
  static String when(SitePages.Context site, LiveItem event) {
    Optional<ZonedDateTime> start = start(event);
    if (start.isEmpty()) {
      return "";
    }
    ZoneId zone = site.office().timeZone();
    ZonedDateTime from = start.get().withZoneSameInstant(zone);
    StringBuilder html = new StringBuilder("<p class=\"when\">");
    html.append(timeTag(site, from, true));
    Optional<ZonedDateTime> end = event.fields().dateTime("end");
    if (end.isPresent()) {
      ZonedDateTime to = end.get().withZoneSameInstant(zone);
      html.append(" – ").append(timeTag(site, to, !to.toLocalDate().equals(from.toLocalDate())));
    }
    return html.append(" (").append(escape(zone.getId())).append(")</p>").toString();
  }

  private static String timeTag(SitePages.Context site, ZonedDateTime at, boolean withDate) {
    DateTimeFormatter shown =
        withDate
            ? DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT)
            : DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT);
    return "<time datetime=\""
        + at.toOffsetDateTime().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME)
        + "\">"
        + escape(shown.withLocale(site.language().locale()).format(at.toLocalDateTime()))
        + "</time>";
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
    String heading = SiteWords.of(site.language(), "publications");
    StringBuilder main = new StringBuilder();
    main.append("<h1>").append(escape(heading)).append("</h1>");
    if (page.items().isEmpty()) {
      main.append("<p>").append(SitePages.words(site, "noPublications")).append("</p>");
    } else {
      main.append("<ul class=\"publications\">");
      for (LiveItem publication : page.items()) {
        PublicationFiles own = files.getOrDefault(publication.itemId(), PublicationFiles.NONE);
        main.append("<li>")
            .append(own.coverThumbnail())
            .append("<a href=\"")
            .append(escape(site.link(publication)))
            .append("\">")
            .append(escape(publication.title()))
            .append("</a>");
        publication
            .fields()
            .year("year")
            .ifPresent(y -> main.append(" <span class=\"year\">").append(y).append("</span>"));
        if (!publication.summary().isEmpty()) {
          main.append("<p>").append(escape(publication.summary())).append("</p>");
        }
        main.append(own.downloads(site, false)).append("</li>");
      }
      main.append("</ul>");
    }
    TaxonomyPages.appendPager(site, main, PUBLICATIONS, page);
    return SitePages.layout(
        site,
        titled(site, heading, page),
        PageHead.paged(site, PUBLICATIONS, page.page(), page.pages()),
        menu,
        main.toString());
  }

  private static String titled(SitePages.Context site, String heading, LivePage page) {
    return page.page() > 1
        ? heading
            + " ("
            + String.format(SiteWords.of(site.language(), "pageOf"), page.page(), page.pages())
            + ")"
        : heading;
  }
}
