package org.meridian.site.view;

import java.util.List;

/**
 * An item's page: its type's own fields around its body, which is the only markup a template writes
 * unescaped — it was sanitised by an allow-list when it was saved.
 *
 * @param typeClass the item's type in lower case, for the article's class
 * @param kind a news item's kind ("Press release"), {@code null} for other types
 * @param related live items the article names, or items on its first theme
 */
public record ItemView(
    Chrome chrome,
    Crumbs crumbs,
    String typeClass,
    String title,
    String kind,
    Dateline dateline,
    Card.Moment published,
    Card.EventTimes when,
    String summary,
    Image hero,
    Image cover,
    String body,
    OfficeContactView officeContact,
    List<Quote> quotes,
    List<ContactCard> mediaContacts,
    ContactCard contactCard,
    EventPlace place,
    List<Fact> facts,
    List<Card> related,
    List<Card.Download> downloads,
    List<Chrome.Link> themes,
    List<Chrome.Link> tags,
    List<Chrome.Link> share)
    implements Page {

  public ItemView {
    quotes = List.copyOf(quotes);
    mediaContacts = List.copyOf(mediaContacts);
    facts = List.copyOf(facts);
    related = List.copyOf(related);
    downloads = List.copyOf(downloads);
    themes = List.copyOf(themes);
    tags = List.copyOf(tags);
    share = List.copyOf(share);
  }

  /** The same page in another frame (a preview's). */
  public ItemView withChrome(Chrome other) {
    return new ItemView(
        other,
        crumbs,
        typeClass,
        title,
        kind,
        dateline,
        published,
        when,
        summary,
        hero,
        cover,
        body,
        officeContact,
        quotes,
        mediaContacts,
        contactCard,
        place,
        facts,
        related,
        downloads,
        themes,
        tags,
        share);
  }

  /** Where and when a news item was written. */
  public record Dateline(String place, Card.Moment date) {}

  public record Quote(String text, String attribution) {}

  /**
   * A contact card: the person's name (when shown), role, organisation, e-mail, telephone numbers,
   * notes.
   */
  public record ContactCard(
      String name,
      String role,
      String organisation,
      String email,
      List<Phone> phones,
      String notes) {
    public ContactCard {
      phones = List.copyOf(phones);
    }
  }

  /** A telephone number as written, and as a {@code tel:} address wants it. */
  public record Phone(String shown, String tel) {}

  /** Where an event is: its venue, and its online and registration links (checked). */
  public record EventPlace(String venue, String onlineHref, String registerHref) {}

  /** A publication's fact: "Year" – "2026". */
  public record Fact(String term, String value) {}

  /** The contact page's details from the office's settings, and its live contact cards. */
  public record OfficeContactView(Chrome.Contact contact, List<ContactLine> cards) {
    public OfficeContactView {
      cards = List.copyOf(cards);
    }
  }

  /** A contact card in the contact page's list. */
  public record ContactLine(String href, String title, String role, String email) {}
}
