package org.meridian.site;

import static org.meridian.site.Html.escape;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.meridian.content.LiveItem;
import org.meridian.content.Slug;
import org.meridian.tenancy.office.LanguageTag;

/** An office's news as RSS 2.0 and Atom, and its sitemap; all text escaped for XML. */
final class Feeds {

  static final String RSS = "application/rss+xml;charset=UTF-8";
  static final String ATOM = "application/atom+xml;charset=UTF-8";
  static final String XML = "application/xml;charset=UTF-8";

  private Feeds() {}

  static String rss(SitePages.Context site, List<LiveItem> news) {
    StringBuilder xml = new StringBuilder(4096);
    xml.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>")
        .append("<rss version=\"2.0\" xmlns:atom=\"http://www.w3.org/2005/Atom\"><channel><title>")
        .append(escape(site.office().name(site.language())))
        .append("</title><link>")
        .append(escape(site.absolute("")))
        .append("</link><description>")
        .append(asHtmlText(site.office().name(site.language())))
        .append("</description><language>")
        .append(escape(site.language().value()))
        .append("</language><atom:link rel=\"self\" type=\"application/rss+xml\" href=\"")
        .append(escape(site.absolute("feed.rss")))
        .append("\"/>");
    for (LiveItem item : news) {
      xml.append("<item><title>")
          .append(escape(item.title()))
          .append("</title><link>")
          .append(escape(site.absolute(item.path())))
          .append("</link><guid isPermaLink=\"true\">")
          .append(escape(site.absolute(item.path())))
          .append("</guid><description>")
          .append(asHtmlText(item.summary()))
          .append("</description>");
      if (item.firstPublishedAt() != null) {
        xml.append("<pubDate>")
            .append(
                DateTimeFormatter.RFC_1123_DATE_TIME.format(
                    item.firstPublishedAt().atOffset(ZoneOffset.UTC)))
            .append("</pubDate>");
      }
      xml.append("</item>");
    }
    return xml.append("</channel></rss>").toString();
  }

  /**
   * RSS readers take a {@code <description>} as HTML: the text is escaped for HTML, then for XML,
   * so that a reader shows it as the text it is, markup characters included, and never runs it.
   * (Atom says what its {@code <summary>} is: {@code type="text"}, the default, escaped once.)
   */
  static String asHtmlText(String text) {
    return escape(escape(text));
  }

  static String atom(SitePages.Context site, List<LiveItem> news) {
    Instant updated =
        news.stream()
            .map(LiveItem::lastPublishedAt)
            .filter(java.util.Objects::nonNull)
            .max(Instant::compareTo)
            .orElse(Instant.EPOCH);
    StringBuilder xml = new StringBuilder(4096);
    xml.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>")
        .append("<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"")
        .append(escape(site.language().value()))
        .append("\"><title>")
        .append(escape(site.office().name(site.language())))
        .append("</title><id>")
        .append(escape(site.absolute("")))
        .append("</id><link rel=\"alternate\" href=\"")
        .append(escape(site.absolute("")))
        .append("\"/><link rel=\"self\" href=\"")
        .append(escape(site.absolute("feed.atom")))
        .append("\"/><updated>")
        .append(updated)
        .append("</updated>");
    for (LiveItem item : news) {
      xml.append("<entry><title>")
          .append(escape(item.title()))
          .append("</title><id>")
          .append(escape(site.absolute(item.path())))
          .append("</id><link href=\"")
          .append(escape(site.absolute(item.path())))
          .append("\"/><updated>")
          .append(item.lastPublishedAt() == null ? updated : item.lastPublishedAt())
          .append("</updated><summary>")
          .append(escape(item.summary()))
          .append("</summary><author><name>")
          .append(escape(site.office().name(site.language())))
          .append("</name></author></entry>");
    }
    return xml.append("</feed>").toString();
  }

  static String sitemap(
      SitePages.Context any, java.util.Map<String, List<LiveItem>> liveByLanguage) {
    return sitemap(any, liveByLanguage, java.util.Map.of(), java.util.Map.of());
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
      java.util.Map<String, List<LiveItem>> liveByLanguage,
      java.util.Map<Long, java.util.Map<LanguageTag, Slug>> versionsByItem,
      java.util.Map<String, List<String>> listingsByLanguage) {
    StringBuilder xml = new StringBuilder(8192);
    xml.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>")
        .append("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\"")
        .append(" xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">");
    var office = any.office();
    for (var language : office.languages()) {
      SitePages.Context site =
          new SitePages.Context(office, language, any.basePath(), any.publicUrl());
      xml.append("<url><loc>").append(escape(site.absolute(""))).append("</loc>");
      for (var other : office.languages()) {
        xml.append("<xhtml:link rel=\"alternate\" hreflang=\"")
            .append(escape(other.value()))
            .append("\" href=\"")
            .append(escape(any.publicUrl() + "/" + office.code() + "/" + other + "/"))
            .append("\"/>");
      }
      xml.append("</url><url><loc>").append(escape(site.absolute("news"))).append("</loc></url>");
      for (String path : listingsByLanguage.getOrDefault(language.value(), List.of())) {
        xml.append("<url><loc>").append(escape(site.absolute(path))).append("</loc></url>");
      }
      for (LiveItem item : liveByLanguage.getOrDefault(language.value(), List.of())) {
        xml.append("<url><loc>").append(escape(site.absolute(item.path()))).append("</loc>");
        // The sitemap schema wants lastmod before the alternates.
        if (item.lastPublishedAt() != null) {
          xml.append("<lastmod>")
              .append(item.lastPublishedAt().atOffset(ZoneOffset.UTC).toLocalDate())
              .append("</lastmod>");
        }
        var versions = versionsByItem.getOrDefault(item.itemId(), java.util.Map.of());
        for (var other : office.languages()) {
          if (versions.containsKey(other)) {
            xml.append("<xhtml:link rel=\"alternate\" hreflang=\"")
                .append(escape(other.value()))
                .append("\" href=\"")
                .append(
                    escape(
                        any.publicUrl()
                            + "/"
                            + office.code()
                            + "/"
                            + other
                            + "/"
                            + versions.get(other).value()))
                .append("\"/>");
          }
        }
        xml.append("</url>");
      }
    }
    return xml.append("</urlset>").toString();
  }

  /** The network's sitemap index: one sitemap per office. */
  static String sitemapIndex(String publicUrl, List<String> officeCodes) {
    StringBuilder xml = new StringBuilder(2048);
    xml.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>")
        .append("<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">");
    for (String code : officeCodes) {
      xml.append("<sitemap><loc>")
          .append(escape(publicUrl + "/" + code + "/sitemap.xml"))
          .append("</loc></sitemap>");
    }
    return xml.append("</sitemapindex>").toString();
  }

  static String robots(String publicUrl) {
    return "User-agent: *\nAllow: /\nDisallow: /admin/\nDisallow: /api/\n\nSitemap: "
        + publicUrl
        + "/sitemap.xml\n";
  }
}
