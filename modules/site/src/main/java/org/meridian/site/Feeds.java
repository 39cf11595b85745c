package org.meridian.site;

import java.io.StringWriter;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.meridian.content.LiveItem;
import org.meridian.content.Slug;
import org.meridian.tenancy.office.LanguageTag;

/**
 * An office's news as RSS 2.0 and Atom, and its sitemap, written with the JDK's StAX writer: it
 * escapes every text and attribute value for XML itself.
 */
final class Feeds {

  static final String RSS = "application/rss+xml;charset=UTF-8";
  static final String ATOM = "application/atom+xml;charset=UTF-8";
  static final String XML = "application/xml;charset=UTF-8";

  private static final String ATOM_NS = "http://www.w3.org/2005/Atom";
  private static final String SITEMAP_NS = "http://www.sitemaps.org/schemas/sitemap/0.9";
  private static final String XHTML_NS = "http://www.w3.org/1999/xhtml";
  private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();

  private Feeds() {}

  /** Writes a document with {@code body}; an XML error is a bug, not bad input. */
  private interface Body {
    void write(XMLStreamWriter xml) throws XMLStreamException;
  }

  private static String document(Body body) {
    StringWriter out = new StringWriter(4096);
    try {
      XMLStreamWriter xml = FACTORY.createXMLStreamWriter(out);
      xml.writeStartDocument("UTF-8", "1.0");
      body.write(xml);
      xml.writeEndDocument();
      xml.close();
    } catch (XMLStreamException e) {
      throw new IllegalStateException("Could not write a feed", e);
    }
    return out.toString();
  }

  private static void element(XMLStreamWriter xml, String name, String text)
      throws XMLStreamException {
    xml.writeStartElement(name);
    xml.writeCharacters(text == null ? "" : text);
    xml.writeEndElement();
  }

  static String rss(SitePages.Context site, List<LiveItem> news) {
    return document(
        xml -> {
          xml.writeStartElement("rss");
          xml.writeAttribute("version", "2.0");
          xml.writeNamespace("atom", ATOM_NS);
          xml.writeStartElement("channel");
          element(xml, "title", site.office().name(site.language()));
          element(xml, "link", site.absolute(""));
          element(xml, "description", asHtmlText(site.office().name(site.language())));
          element(xml, "language", site.language().value());
          xml.writeEmptyElement("atom", "link", ATOM_NS);
          xml.writeAttribute("rel", "self");
          xml.writeAttribute("type", "application/rss+xml");
          xml.writeAttribute("href", site.absolute("feed.rss"));
          for (LiveItem item : news) {
            xml.writeStartElement("item");
            element(xml, "title", item.title());
            element(xml, "link", site.absolute(item.path()));
            xml.writeStartElement("guid");
            xml.writeAttribute("isPermaLink", "true");
            xml.writeCharacters(site.absolute(item.path()));
            xml.writeEndElement();
            element(xml, "description", asHtmlText(item.summary()));
            if (item.firstPublishedAt() != null) {
              element(
                  xml,
                  "pubDate",
                  DateTimeFormatter.RFC_1123_DATE_TIME.format(
                      item.firstPublishedAt().atOffset(ZoneOffset.UTC)));
            }
            xml.writeEndElement();
          }
          xml.writeEndElement();
          xml.writeEndElement();
        });
  }

  /**
   * RSS readers take a {@code <description>} as HTML: the text is escaped for HTML here, then for
   * XML by the writer, so that a reader shows it as the text it is, markup characters included, and
   * never runs it. (Atom says what its {@code <summary>} is: {@code type="text"}, the default,
   * escaped once.)
   */
  static String asHtmlText(String text) {
    return Html.escape(text);
  }

  static String atom(SitePages.Context site, List<LiveItem> news) {
    Instant updated =
        news.stream()
            .map(LiveItem::lastPublishedAt)
            .filter(java.util.Objects::nonNull)
            .max(Instant::compareTo)
            .orElse(Instant.EPOCH);
    return document(
        xml -> {
          xml.writeStartElement("feed");
          xml.writeDefaultNamespace(ATOM_NS);
          xml.writeAttribute("xml:lang", site.language().value());
          element(xml, "title", site.office().name(site.language()));
          element(xml, "id", site.absolute(""));
          xml.writeEmptyElement("link");
          xml.writeAttribute("rel", "alternate");
          xml.writeAttribute("href", site.absolute(""));
          xml.writeEmptyElement("link");
          xml.writeAttribute("rel", "self");
          xml.writeAttribute("href", site.absolute("feed.atom"));
          element(xml, "updated", updated.toString());
          for (LiveItem item : news) {
            xml.writeStartElement("entry");
            element(xml, "title", item.title());
            element(xml, "id", site.absolute(item.path()));
            xml.writeEmptyElement("link");
            xml.writeAttribute("href", site.absolute(item.path()));
            element(
                xml,
                "updated",
                (item.lastPublishedAt() == null ? updated : item.lastPublishedAt()).toString());
            element(xml, "summary", item.summary());
            xml.writeStartElement("author");
            element(xml, "name", site.office().name(site.language()));
            xml.writeEndElement();
            xml.writeEndElement();
          }
          xml.writeEndElement();
        });
  }

  static String sitemap(SitePages.Context any, Map<String, List<LiveItem>> liveByLanguage) {
    return sitemap(any, liveByLanguage, Map.of(), Map.of());
  }

  /**
   * An office's sitemap: each language's home and news page, with {@code hreflang} alternates
   * between the homes; the lists below each language root that have content ({@code
   * listingsByLanguage}: {@code themes}, {@code themes/migration}); and every live item, with
   * alternates between the live versions of its translation set ({@code versionsByItem}, by item
   * id) when it has any.
   */
  static String sitemap(
      SitePages.Context any,
      Map<String, List<LiveItem>> liveByLanguage,
      Map<Long, Map<LanguageTag, Slug>> versionsByItem,
      Map<String, List<String>> listingsByLanguage) {
    var office = any.office();
    return document(
        xml -> {
          xml.writeStartElement("urlset");
          xml.writeDefaultNamespace(SITEMAP_NS);
          xml.writeNamespace("xhtml", XHTML_NS);
          for (var language : office.languages()) {
            SitePages.Context site =
                new SitePages.Context(office, language, any.basePath(), any.publicUrl());
            xml.writeStartElement("url");
            element(xml, "loc", site.absolute(""));
            for (var other : office.languages()) {
              alternate(xml, other, site.absolute(other, ""));
            }
            xml.writeEndElement();
            url(xml, site.absolute("news"));
            for (String path : listingsByLanguage.getOrDefault(language.value(), List.of())) {
              url(xml, site.absolute(path));
            }
            for (LiveItem item : liveByLanguage.getOrDefault(language.value(), List.of())) {
              xml.writeStartElement("url");
              element(xml, "loc", site.absolute(item.path()));
              // The sitemap schema wants lastmod before the alternates.
              if (item.lastPublishedAt() != null) {
                element(
                    xml,
                    "lastmod",
                    item.lastPublishedAt().atOffset(ZoneOffset.UTC).toLocalDate().toString());
              }
              var versions = versionsByItem.getOrDefault(item.itemId(), Map.of());
              for (var other : office.languages()) {
                if (versions.containsKey(other)) {
                  alternate(xml, other, site.absolute(other, versions.get(other).value()));
                }
              }
              xml.writeEndElement();
            }
          }
          xml.writeEndElement();
        });
  }

  private static void url(XMLStreamWriter xml, String loc) throws XMLStreamException {
    xml.writeStartElement("url");
    element(xml, "loc", loc);
    xml.writeEndElement();
  }

  private static void alternate(XMLStreamWriter xml, LanguageTag language, String href)
      throws XMLStreamException {
    xml.writeEmptyElement("xhtml", "link", XHTML_NS);
    xml.writeAttribute("rel", "alternate");
    xml.writeAttribute("hreflang", language.value());
    xml.writeAttribute("href", href);
  }

  /** The network's sitemap index: one sitemap per office. */
  static String sitemapIndex(String publicUrl, List<String> officeCodes) {
    return document(
        xml -> {
          xml.writeStartElement("sitemapindex");
          xml.writeDefaultNamespace(SITEMAP_NS);
          for (String code : officeCodes) {
            xml.writeStartElement("sitemap");
            element(xml, "loc", publicUrl + "/" + code + "/sitemap.xml");
            xml.writeEndElement();
          }
          xml.writeEndElement();
        });
  }

  static String robots(String publicUrl) {
    return "User-agent: *\nAllow: /\nDisallow: /admin/\nDisallow: /api/\n\nSitemap: "
        + publicUrl
        + "/sitemap.xml\n";
  }
}
