package org.meridian.site;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.meridian.content.ContentType;
import org.meridian.content.LiveItem;
import org.meridian.content.fields.ContactReference;
import org.meridian.content.fields.TypeFields;
import org.meridian.site.view.Card;
import org.meridian.site.view.ItemView;
import org.meridian.site.view.Links;
import org.meridian.site.view.Words;
import org.meridian.tenancy.office.LanguageTag;

/**
 * A type's own fields as an item's page shows them: a news item's kind, dateline, quotes, media
 * contacts and related items; an event's dates in its own time zone, venue and links; a
 * publication's year, language and series; a contact card's details.
 */
final class ItemDetails {

  private ItemDetails() {}

  /** A news item's kind ("Press release"); {@code null} for other types. */
  static String kind(SitePages.Context site, LiveItem item) {
    return item.type() == ContentType.NEWS
        ? site.words().get("kind." + item.fields().text("kind").orElse("news"))
        : null;
  }

  static ItemView.Dateline dateline(SitePages.Context site, LiveItem item) {
    if (item.type() != ContentType.NEWS) {
      return null;
    }
    Optional<String> place = item.fields().text("datelinePlace");
    Optional<LocalDate> date = item.fields().date("datelineDate");
    if (place.isEmpty() && date.isEmpty()) {
      return null;
    }
    return new ItemView.Dateline(
        place.orElse(null),
        date.map(
                d ->
                    new Card.Moment(
                        d.toString(),
                        DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                            .withLocale(site.language().locale())
                            .format(d)))
            .orElse(null));
  }

  /** An event's times in its own time zone; {@code null} for other types or without a start. */
  static Card.EventTimes eventTimes(SitePages.Context site, LiveItem item) {
    if (item.type() != ContentType.EVENT) {
      return null;
    }
    Optional<ZonedDateTime> start = item.fields().dateTime("start");
    if (start.isEmpty()) {
      return null;
    }
    Optional<ZonedDateTime> end = item.fields().dateTime("end");
    return new Card.EventTimes(
        moment(site.language(), start.get(), true),
        end.map(e -> moment(site.language(), e, !e.toLocalDate().equals(start.get().toLocalDate())))
            .orElse(null),
        start.get().getZone().getId());
  }

  static ItemView.EventPlace place(LiveItem item) {
    if (item.type() != ContentType.EVENT) {
      return null;
    }
    TypeFields f = item.fields();
    return new ItemView.EventPlace(
        f.text("venue").orElse(null),
        f.text("onlineUrl").map(Links::safe).orElse(null),
        f.text("registrationUrl").map(Links::safe).orElse(null));
  }

  static List<ItemView.Fact> facts(SitePages.Context site, LiveItem item) {
    if (item.type() != ContentType.PUBLICATION) {
      return List.of();
    }
    Words w = site.words();
    TypeFields f = item.fields();
    List<ItemView.Fact> facts = new ArrayList<>();
    f.year("year").ifPresent(y -> facts.add(new ItemView.Fact(w.get("year"), String.valueOf(y))));
    f.text("publicationLanguage")
        .flatMap(LanguageTag::parse)
        .ifPresent(
            lang ->
                facts.add(
                    new ItemView.Fact(
                        w.get("language"),
                        lang.locale().getDisplayLanguage(site.language().locale()))));
    f.text("series").ifPresent(s -> facts.add(new ItemView.Fact(w.get("series"), s)));
    return facts;
  }

  static List<ItemView.Quote> quotes(LiveItem item) {
    return item.type() != ContentType.NEWS
        ? List.of()
        : item.fields().quotes("quotes").stream()
            .map(q -> new ItemView.Quote(q.text(), q.attribution()))
            .toList();
  }

  /**
   * Media contacts that have not expired on {@code today} and whose card is live. A contact without
   * a date of its own is shown for {@link ContactReference#DEFAULT_MONTHS} months after the item's
   * first publication ({@code published}, in the office's time zone).
   */
  static List<ItemView.ContactCard> mediaContacts(
      LiveItem item, Map<Long, LiveItem> references, LocalDate today, LocalDate published) {
    if (item.type() != ContentType.NEWS) {
      return List.of();
    }
    List<ContactReference> contacts = item.fields().contacts("mediaContacts");
    return contacts.stream()
        .filter(c -> c.isShownOn(today, published))
        .map(c -> references.get(c.contactItemId()))
        .filter(c -> c != null && c.type() == ContentType.CONTACT)
        .map(c -> contactCard(c.fields(), true))
        .toList();
  }

  /** A contact card's details; with the person's name when it is shown in another item. */
  static ItemView.ContactCard contactCard(TypeFields card, boolean withName) {
    return new ItemView.ContactCard(
        withName ? card.text("name").orElse("") : null,
        card.text("role").orElse(null),
        card.text("organisation").orElse(null),
        card.text("email").orElse(null),
        card.texts("phone").stream()
            .map(p -> new ItemView.Phone(p, p.replaceAll("[^+0-9]", "")))
            .toList(),
        card.text("notes").orElse(null));
  }

  /** The live items a news item names as related. */
  static List<LiveItem> related(LiveItem item, Map<Long, LiveItem> references) {
    return item.type() != ContentType.NEWS
        ? List.of()
        : item.fields().ids("related").stream()
            .map(references::get)
            .filter(i -> i != null)
            .toList();
  }

  /** A moment in its own time zone, with its offset in the machine-readable form. */
  static Card.Moment moment(LanguageTag language, ZonedDateTime at, boolean withDate) {
    DateTimeFormatter shown =
        withDate
            ? DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT)
            : DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT);
    return new Card.Moment(
        at.toOffsetDateTime().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME),
        shown.withLocale(language.locale()).format(at.toLocalDateTime()));
  }
}
