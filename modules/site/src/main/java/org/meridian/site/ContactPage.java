package org.meridian.site;

import static org.meridian.site.Html.escape;

import java.util.List;
import org.meridian.content.LiveItem;
import org.meridian.content.blueprint.StandardSections;
import org.meridian.tenancy.office.OfficeRef;

/**
 * The office's contact page: the page at the blueprint's contact address ({@code contact} in
 * English and French, {@code contacto} in Spanish and Portuguese) shows, after the editors' own
 * text, the office's postal address, e-mail, telephone and social links from its settings, and its
 * live contact cards in the page's language. The details come from the office's settings, so they
 * are never typed twice.
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

  static String html(SitePages.Context site, List<LiveItem> cards) {
    StringBuilder html =
        new StringBuilder("<section class=\"office-contact\" aria-labelledby=\"reach-us\">");
    html.append("<h2 id=\"reach-us\">").append(SitePages.words(site, "reachUs")).append("</h2>");
    OfficeRef office = site.office();
    var contact = office.contact();
    html.append("<dl>");
    if (contact != null && contact.postalAddress() != null) {
      term(
          html,
          SitePages.words(site, "postalAddress"),
          "<address>" + escape(contact.postalAddress()) + "</address>");
    }
    if (contact != null && contact.email() != null) {
      term(
          html,
          SitePages.words(site, "email"),
          "<a href=\"mailto:" + escape(contact.email()) + "\">" + escape(contact.email()) + "</a>");
    }
    if (contact != null && contact.phone() != null) {
      term(
          html,
          SitePages.words(site, "phone"),
          "<a href=\"tel:"
              + escape(contact.phone().replaceAll("[^+0-9]", ""))
              + "\">"
              + escape(contact.phone())
              + "</a>");
    }
    html.append("</dl>");
    if (!cards.isEmpty()) {
      html.append("<h2>").append(SitePages.words(site, "contactCards")).append("</h2><ul>");
      for (LiveItem card : cards) {
        html.append("<li><a href=\"")
            .append(escape(site.link(card)))
            .append("\">")
            .append(escape(card.title()))
            .append("</a>");
        card.fields().text("role").ifPresent(role -> html.append(" — ").append(escape(role)));
        card.fields()
            .text("email")
            .ifPresent(
                email ->
                    html.append(" <a href=\"mailto:")
                        .append(escape(email))
                        .append("\">")
                        .append(escape(email))
                        .append("</a>"));
        html.append("</li>");
      }
      html.append("</ul>");
    }
    return html.append("</section>").toString();
  }

  private static void term(StringBuilder html, String term, String definitionHtml) {
    html.append("<dt>").append(term).append("</dt><dd>").append(definitionHtml).append("</dd>");
  }
}
