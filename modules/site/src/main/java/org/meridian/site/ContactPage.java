package org.meridian.site;

import java.util.List;
import org.meridian.content.LiveItem;
import org.meridian.content.blueprint.StandardSections;
import org.meridian.site.view.Chrome;
import org.meridian.site.view.ItemView;

/**
 * The office's contact page: the page at the blueprint's contact address ({@code contact} in
 * English and French, {@code contacto} in Spanish and Portuguese) shows, after the editors' own
 * text, the office's postal address, e-mail and telephone from its settings, and its live contact
 * cards in the page's language. The details come from the office's settings, so they are never
 * typed twice.
 */
final class ContactPage {

  /** The most contact cards the page lists. */
  static final int MAX_CARDS = 20;

  private ContactPage() {}

  /** Whether {@code item} is the office's contact page in its language. */
  static boolean isContactPage(SitePages.Context site, LiveItem item) {
    return item.type() == org.meridian.content.ContentType.PAGE
        && item.path().equals(StandardSections.contactSlug(site.language()));
  }

  static ItemView.OfficeContactView view(
      SitePages.Context site, Chrome.Contact contact, List<LiveItem> cards) {
    return new ItemView.OfficeContactView(
        contact,
        cards.stream()
            .map(
                card ->
                    new ItemView.ContactLine(
                        site.link(card),
                        card.title(),
                        card.fields().text("role").orElse(null),
                        card.fields().text("email").orElse(null)))
            .toList());
  }
}
