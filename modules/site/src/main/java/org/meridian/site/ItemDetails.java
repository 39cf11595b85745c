package org.meridian.site;

import static org.meridian.site.Html.escape;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.meridian.content.ContentType;
import org.meridian.content.LiveItem;
import org.meridian.content.fields.ContactReference;
import org.meridian.content.fields.Quote;
import org.meridian.content.fields.TypeFields;

/**
 * The HTML of a type's own fields on an item's page: a news item's kind, dateline, quotes, media
 * contacts and related items; an event's dates in its own time zone, venue and links; a
 * publication's year, language and series; a contact card's details. Every value is escaped.
 */
final class ItemDetails {

  private ItemDetails() {}

  /**
   * What goes before the summary (kind, dateline, dates) for {@code item}.
   *
   * @param today the date in the office's time zone: media contacts past their expiry are not shown
   */
  static String header(SitePages.Context site, LiveItem item) {
    TypeFields fields = item.fields();
    StringBuilder html = new StringBuilder();
    switch (item.type()) {
      case NEWS -> {
        html.append("<p class=\"kind\">")
            .append(words(site, "kind." + fields.text("kind").orElse("news")))
            .append("</p>");
        Optional<String> place = fields.text("datelinePlace");
        Optional<LocalDate> date = fields.date("datelineDate");
        if (place.isPresent() || date.isPresent()) {
          html.append("<p class=\"dateline\">");
          place.ifPresent(p -> html.append(escape(p)));
          if (place.isPresent() && date.isPresent()) {
            html.append(", ");
          }
          date.ifPresent(d -> html.append(dateTag(site, d)));
          html.append("</p>");
        }
      }
      case EVENT -> appendEventTimes(site, html, fields);
      default -> {}
    }
    return html.toString();
  }

  /** What goes after the body. */
  static String footer(
      SitePages.Context site, LiveItem item, Map<Long, LiveItem> references, LocalDate today) {
    TypeFields fields = item.fields();
    StringBuilder html = new StringBuilder();
    switch (item.type()) {
      case NEWS -> {
        appendQuotes(site, html, fields.quotes("quotes"));
        appendContacts(site, html, fields.contacts("mediaContacts"), references, today);
        appendRelated(site, html, fields.ids("related"), references);
      }
      case EVENT -> appendEventPlace(site, html, fields);
      case PUBLICATION -> appendPublication(site, html, fields);
      case CONTACT -> {
        html.append("<section class=\"contact-card\">");
        appendContactDetails(site, html, fields, false);
        html.append("</section>");
      }
      default -> {}
    }
    return html.toString();
  }

  private static void appendEventTimes(SitePages.Context site, StringBuilder html, TypeFields f) {
    Optional<ZonedDateTime> start = f.dateTime("start");
    Optional<ZonedDateTime> end = f.dateTime("end");
    if (start.isEmpty()) {
      return;
    }
    html.append("<p class=\"when\"><strong>").append(words(site, "when")).append("</strong> ");
    html.append(timeTag(site, start.get(), true));
    if (end.isPresent()) {
      boolean sameDay = end.get().toLocalDate().equals(start.get().toLocalDate());
      html.append(" – ").append(timeTag(site, end.get(), !sameDay));
    }
    html.append(" (").append(escape(start.get().getZone().getId())).append(")</p>");
  }

  private static void appendEventPlace(SitePages.Context site, StringBuilder html, TypeFields f) {
    html.append("<section class=\"event\">");
    f.text("venue")
        .ifPresent(
            venue ->
                html.append("<h2>")
                    .append(words(site, "venue"))
                    .append("</h2><address>")
                    .append(escape(venue))
                    .append("</address>"));
    f.text("onlineUrl").ifPresent(url -> html.append(link(url, words(site, "online"))));
    f.text("registrationUrl").ifPresent(url -> html.append(link(url, words(site, "register"))));
    html.append("</section>");
  }

  private static void appendPublication(SitePages.Context site, StringBuilder html, TypeFields f) {
    html.append("<dl class=\"publication\">");
    f.year("year").ifPresent(y -> term(html, words(site, "year"), escape(String.valueOf(y))));
    f.text("publicationLanguage")
        .map(org.meridian.tenancy.office.LanguageTag::parse)
        .flatMap(t -> t)
        .ifPresent(
            lang ->
                term(
                    html,
                    words(site, "language"),
                    escape(lang.locale().getDisplayLanguage(site.language().locale()))));
    f.text("series").ifPresent(s -> term(html, words(site, "series"), escape(s)));
    html.append("</dl>");
  }

  private static void appendQuotes(SitePages.Context site, StringBuilder html, List<Quote> quotes) {
    if (quotes.isEmpty()) {
      return;
    }
    html.append("<section class=\"quotes\"><h2>").append(words(site, "quotes")).append("</h2>");
    for (Quote quote : quotes) {
      html.append("<figure><blockquote><p>")
          .append(escape(quote.text()))
          .append("</p></blockquote><figcaption>— ")
          .append(escape(quote.attribution()))
          .append("</figcaption></figure>");
    }
    html.append("</section>");
  }

  /** Media contacts that have not expired and whose card is live. */
  private static void appendContacts(
      SitePages.Context site,
      StringBuilder html,
      List<ContactReference> contacts,
      Map<Long, LiveItem> references,
      LocalDate today) {
    List<LiveItem> shown =
        contacts.stream()
            .filter(c -> c.isShownOn(today))
            .map(c -> references.get(c.contactItemId()))
            .filter(c -> c != null && c.type() == ContentType.CONTACT)
            .toList();
    if (shown.isEmpty()) {
      return;
    }
    html.append("<section class=\"media-contacts\"><h2>")
        .append(words(site, "mediaContacts"))
        .append("</h2>");
    for (LiveItem card : shown) {
      html.append("<div class=\"contact-card\">");
      appendContactDetails(site, html, card.fields(), true);
      html.append("</div>");
    }
    html.append("</section>");
  }

  private static void appendContactDetails(
      SitePages.Context site, StringBuilder html, TypeFields card, boolean withName) {
    if (withName) {
      html.append("<p class=\"name\"><strong>")
          .append(escape(card.text("name").orElse("")))
          .append("</strong></p>");
    }
    html.append("<dl>");
    card.text("role").ifPresent(v -> term(html, words(site, "role"), escape(v)));
    card.text("organisation").ifPresent(v -> term(html, words(site, "organisation"), escape(v)));
    card.text("email")
        .ifPresent(
            v ->
                term(
                    html,
                    words(site, "email"),
                    "<a href=\"mailto:" + escape(v) + "\">" + escape(v) + "</a>"));
    card.text("phone")
        .ifPresent(
            v ->
                term(
                    html,
                    words(site, "phone"),
                    "<a href=\"tel:"
                        + escape(v.replaceAll("[^+0-9]", ""))
                        + "\">"
                        + escape(v)
                        + "</a>"));
    html.append("</dl>");
    card.text("notes")
        .ifPresent(v -> html.append("<address>").append(escape(v)).append("</address>"));
  }

  private static void appendRelated(
      SitePages.Context site, StringBuilder html, List<Long> ids, Map<Long, LiveItem> references) {
    List<LiveItem> live = ids.stream().map(references::get).filter(i -> i != null).toList();
    if (live.isEmpty()) {
      return;
    }
    html.append("<section class=\"related\"><h2>")
        .append(words(site, "related"))
        .append("</h2><ul>");
    for (LiveItem related : live) {
      html.append("<li><a href=\"")
          .append(escape(site.link(related)))
          .append("\">")
          .append(escape(related.title()))
          .append("</a></li>");
    }
    html.append("</ul></section>");
  }

  private static void term(StringBuilder html, String term, String definitionHtml) {
    html.append("<dt>").append(term).append("</dt><dd>").append(definitionHtml).append("</dd>");
  }

  private static String link(String url, String text) {
    return "<p><a rel=\"noopener\" href=\"" + escape(url) + "\">" + text + "</a></p>";
  }

  private static String dateTag(SitePages.Context site, LocalDate date) {
    return "<time datetime=\""
        + date
        + "\">"
        + escape(
            DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                .withLocale(site.language().locale())
                .format(date))
        + "</time>";
  }

  /** A moment in the event's own time zone, with its offset in the machine-readable form. */
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

  private static String words(SitePages.Context site, String key) {
    return escape(SiteWords.of(site.language(), key));
  }
}
