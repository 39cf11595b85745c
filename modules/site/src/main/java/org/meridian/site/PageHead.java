package org.meridian.site;

import static org.meridian.site.Html.escape;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.meridian.content.ContentType;
import org.meridian.content.LiveItem;
import org.meridian.content.Slug;
import org.meridian.tenancy.office.LanguageTag;
import org.meridian.tenancy.office.OfficeRef;

/**
 * What a page tells machines in its {@code <head>}: the canonical address, Open Graph and Twitter
 * card fields, the office's news feeds, schema.org JSON-LD, and whether search engines may index
 * it. Canonical addresses use the configured public address and the path form ({@code
 * /gambia/en/…}), never the request's Host header, so a cached page cannot be poisoned.
 */
record PageHead(
    String canonicalUrl,
    String description,
    String ogType,
    String jsonLd,
    boolean index,
    Map<LanguageTag, String> alternates,
    String previousUrl,
    String nextUrl) {

  PageHead(String canonicalUrl, String description, String ogType, String jsonLd, boolean index) {
    this(canonicalUrl, description, ogType, jsonLd, index, Map.of(), null, null);
  }

  PageHead(
      String canonicalUrl,
      String description,
      String ogType,
      String jsonLd,
      boolean index,
      Map<LanguageTag, String> alternates) {
    this(canonicalUrl, description, ogType, jsonLd, index, alternates, null, null);
  }

  /**
   * A page of a paginated list at {@code path}: its own address is canonical ({@code ?page=N} from
   * the second page on), with {@code rel=prev} and {@code rel=next} links to its neighbours.
   */
  static PageHead paged(SitePages.Context site, String path, int page, int pages) {
    return new PageHead(
        site.absolute(path) + pageQuery(page),
        "",
        "website",
        null,
        true,
        Map.of(),
        page > 1 ? site.absolute(path) + pageQuery(page - 1) : null,
        page < pages ? site.absolute(path) + pageQuery(page + 1) : null);
  }

  /** The same head with a {@code rel=next} link to {@code next} ({@code null}: none). */
  PageHead withNext(String next) {
    return new PageHead(
        canonicalUrl, description, ogType, jsonLd, index, alternates, previousUrl, next);
  }

  /** The query that asks for page {@code page} of a list: none for the first. */
  static String pageQuery(int page) {
    return page > 1 ? "?page=" + page : "";
  }

  static PageHead home(SitePages.Context site) {
    return new PageHead(
        site.absolute(""),
        "",
        "website",
        organisation(site.office(), site),
        true,
        inEveryLanguage(site, ""));
  }

  static PageHead listing(SitePages.Context site, String path) {
    return new PageHead(
        site.absolute(path), "", "website", null, true, inEveryLanguage(site, path));
  }

  static PageHead item(SitePages.Context site, LiveItem item) {
    return item(site, item, Map.of());
  }

  /**
   * An item's head; its {@code hreflang} alternates are the live versions of its translation set
   * ({@code versions}, itself included), none when it has no live translation.
   */
  static PageHead item(SitePages.Context site, LiveItem item, Map<LanguageTag, Slug> versions) {
    return item(site, item, versions, null);
  }

  /**
   * The same, with another canonical address when {@code canonicalUrl} is not null: a shared copy's
   * page names its source's public address as canonical (and as its Open Graph address).
   */
  static PageHead item(
      SitePages.Context site, LiveItem item, Map<LanguageTag, Slug> versions, String canonicalUrl) {
    String url = canonicalUrl != null ? canonicalUrl : site.absolute(item.path());
    String jsonLd =
        item.type() == ContentType.NEWS
            ? newsArticle(site, item, url)
            : ItemJsonLd.of(site, item, url);
    String description =
        item.common().seoDescription().isEmpty() ? item.summary() : item.common().seoDescription();
    Map<LanguageTag, String> alternates = new LinkedHashMap<>();
    for (LanguageTag language : site.office().languages()) {
      if (versions.containsKey(language)) {
        alternates.put(language, address(site, language, versions.get(language).value()));
      }
    }
    return new PageHead(
        url,
        description,
        item.type() == ContentType.NEWS ? "article" : "website",
        jsonLd,
        true,
        alternates);
  }

  /** Error and maintenance pages: not for search engines. */
  static PageHead notIndexed() {
    return new PageHead(null, "", "website", null, false, Map.of());
  }

  /** The same path below every language root of the office. */
  private static Map<LanguageTag, String> inEveryLanguage(SitePages.Context site, String path) {
    Map<LanguageTag, String> alternates = new LinkedHashMap<>();
    for (LanguageTag language : site.office().languages()) {
      alternates.put(language, address(site, language, path));
    }
    return alternates;
  }

  private static String address(SitePages.Context site, LanguageTag language, String path) {
    return site.publicUrl() + "/" + site.office().code() + "/" + language.value() + "/" + path;
  }

  String html(SitePages.Context site, String title) {
    StringBuilder head = new StringBuilder(512);
    if (!index) {
      head.append("<meta name=\"robots\" content=\"noindex\">");
      return head.toString();
    }
    head.append("<link rel=\"canonical\" href=\"").append(escape(canonicalUrl)).append("\">");
    if (previousUrl != null) {
      head.append("<link rel=\"prev\" href=\"").append(escape(previousUrl)).append("\">");
    }
    if (nextUrl != null) {
      head.append("<link rel=\"next\" href=\"").append(escape(nextUrl)).append("\">");
    }
    if (!description.isEmpty()) {
      head.append("<meta name=\"description\" content=\"")
          .append(escape(description))
          .append("\">");
    }
    head.append("<meta property=\"og:type\" content=\"")
        .append(ogType)
        .append("\">")
        .append("<meta property=\"og:title\" content=\"")
        .append(escape(title))
        .append("\">")
        .append("<meta property=\"og:url\" content=\"")
        .append(escape(canonicalUrl))
        .append("\">")
        .append("<meta property=\"og:site_name\" content=\"")
        .append(escape(site.office().name(site.language())))
        .append("\"><meta property=\"og:locale\" content=\"")
        .append(escape(site.language().value().replace('-', '_')))
        .append("\">");
    if (!description.isEmpty()) {
      head.append("<meta property=\"og:description\" content=\"")
          .append(escape(description))
          .append("\">");
    }
    head.append("<meta name=\"twitter:card\" content=\"summary\">")
        .append("<link rel=\"alternate\" type=\"application/rss+xml\" title=\"RSS\" href=\"")
        .append(escape(site.home()))
        .append(
            "feed.rss\"><link rel=\"alternate\" type=\"application/atom+xml\" title=\"Atom\" href=\"")
        .append(escape(site.home()))
        .append("feed.atom\">");
    alternates.forEach(
        (language, href) ->
            head.append("<link rel=\"alternate\" hreflang=\"")
                .append(escape(language.value()))
                .append("\" href=\"")
                .append(escape(href))
                .append("\">"));
    if (jsonLd != null) {
      head.append("<script type=\"application/ld+json\">").append(jsonLd).append("</script>");
    }
    return head.toString();
  }

  private static String organisation(OfficeRef office, SitePages.Context site) {
    List<String> fields = new ArrayList<>();
    fields.add("\"@context\":\"https://schema.org\"");
    fields.add("\"@type\":\"Organization\"");
    fields.add("\"name\":" + Json.string(office.name(site.language())));
    fields.add("\"url\":" + Json.string(site.absolute("")));
    var contact = office.contact();
    if (contact != null && contact.email() != null) {
      fields.add("\"email\":" + Json.string(contact.email()));
    }
    if (contact != null && contact.phone() != null) {
      fields.add("\"telephone\":" + Json.string(contact.phone()));
    }
    if (contact != null && contact.postalAddress() != null) {
      fields.add("\"address\":" + Json.string(contact.postalAddress()));
    }
    if (!office.socialLinks().isEmpty()) {
      fields.add(
          "\"sameAs\":["
              + String.join(
                  ",", office.socialLinks().values().stream().sorted().map(Json::string).toList())
              + "]");
    }
    return "{" + String.join(",", fields) + "}";
  }

  private static String newsArticle(SitePages.Context site, LiveItem item, String url) {
    return "{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\""
        + ",\"headline\":"
        + Json.string(item.title())
        + ",\"description\":"
        + Json.string(item.summary())
        + ",\"inLanguage\":"
        + Json.string(site.language().value())
        + ",\"mainEntityOfPage\":"
        + Json.string(url)
        + (item.firstPublishedAt() == null
            ? ""
            : ",\"datePublished\":" + Json.string(item.firstPublishedAt().toString()))
        + (item.lastPublishedAt() == null
            ? ""
            : ",\"dateModified\":" + Json.string(item.lastPublishedAt().toString()))
        + ",\"publisher\":{\"@type\":\"Organization\",\"name\":"
        + Json.string(site.office().name(site.language()))
        + "}}";
  }
}
