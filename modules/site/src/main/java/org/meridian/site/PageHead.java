package org.meridian.site;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonObjectBuilder;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.meridian.content.ContentType;
import org.meridian.content.LiveItem;
import org.meridian.content.Slug;
import org.meridian.site.view.Head;
import org.meridian.site.view.JsonLd;
import org.meridian.tenancy.office.LanguageTag;
import org.meridian.tenancy.office.OfficeRef;

/**
 * What a page tells machines in its {@code <head>}: the canonical address, Open Graph fields, the
 * office's news feeds, schema.org JSON-LD (written with JSON-P), and whether search engines may
 * index it. Canonical addresses are made by {@link SiteAddress}: the configured public address and
 * the path form ({@code /gambia/en/…}), or on an office's own host name that host (only one that
 * routed to the office, with the server's port or none; the page cache keeps each such address's
 * pages apart), so a cached page cannot be poisoned.
 */
record PageHead(
    String canonicalUrl,
    String description,
    String ogType,
    JsonLd jsonLd,
    boolean index,
    Map<LanguageTag, String> alternates,
    String previousUrl,
    String nextUrl,
    String image) {

  static final JsonBuilderFactory JSON = jakarta.json.Json.createBuilderFactory(Map.of());

  PageHead(
      String canonicalUrl,
      String description,
      String ogType,
      JsonLd jsonLd,
      boolean index,
      Map<LanguageTag, String> alternates) {
    this(canonicalUrl, description, ogType, jsonLd, index, alternates, null, null, null);
  }

  PageHead(
      String canonicalUrl,
      String description,
      String ogType,
      JsonLd jsonLd,
      boolean index,
      Map<LanguageTag, String> alternates,
      String previousUrl,
      String nextUrl) {
    this(canonicalUrl, description, ogType, jsonLd, index, alternates, previousUrl, nextUrl, null);
  }

  /** The same head with an Open Graph image, an absolute address ({@code null}: none). */
  PageHead withImage(String imageUrl) {
    return new PageHead(
        canonicalUrl,
        description,
        ogType,
        jsonLd,
        index,
        alternates,
        previousUrl,
        nextUrl,
        imageUrl);
  }

  /**
   * A page of a paginated list at {@code path}: its own address is canonical ({@code ?page=N} from
   * the second page on), with {@code rel=prev} and {@code rel=next} links to its neighbours.
   */
  static PageHead paged(SitePages.Context site, String path, int page, int pages, String heading) {
    return new PageHead(
        site.absolute(path) + pageQuery(page),
        listDescription(site, heading),
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
        canonicalUrl, description, ogType, jsonLd, index, alternates, previousUrl, next, image);
  }

  /** The query that asks for page {@code page} of a list: none for the first. */
  static String pageQuery(int page) {
    return page > 1 ? "?page=" + page : "";
  }

  static PageHead home(SitePages.Context site) {
    return new PageHead(
        site.absolute(""),
        site.words().format("homeDescription", site.office().name(site.language())),
        "website",
        organisation(site.office(), site),
        true,
        inEveryLanguage(site, ""));
  }

  static PageHead listing(SitePages.Context site, String path, String heading) {
    return new PageHead(
        site.absolute(path),
        listDescription(site, heading),
        "website",
        null,
        true,
        inEveryLanguage(site, path));
  }

  /**
   * The meta description of a list page (news, events, a theme…) from its heading and the office's
   * name, in the page's language: search engines show it under the page's title.
   */
  static String listDescription(SitePages.Context site, String heading) {
    return site.words().format("listDescription", heading, site.office().name(site.language()));
  }

  /**
   * An item's head; its {@code hreflang} alternates are the live versions of its translation set
   * ({@code versions}, itself included), none when it has no live translation. When {@code
   * canonicalUrl} is not null it is the canonical address instead of the item's own: a shared
   * copy's page names its source's public address as canonical (and as its Open Graph address).
   */
  static PageHead item(
      SitePages.Context site, LiveItem item, Map<LanguageTag, Slug> versions, String canonicalUrl) {
    String url = canonicalUrl != null ? canonicalUrl : site.absolute(item.path());
    JsonLd jsonLd =
        item.type() == ContentType.NEWS
            ? newsArticle(site, item, url)
            : ItemJsonLd.of(site, item, url);
    String description =
        item.common().seoDescription().isEmpty() ? item.summary() : item.common().seoDescription();
    Map<LanguageTag, String> alternates = new LinkedHashMap<>();
    for (LanguageTag language : site.office().languages()) {
      if (versions.containsKey(language)) {
        alternates.put(language, site.absolute(language, versions.get(language).value()));
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
  static PageHead notIndexed(SitePages.Context site) {
    return new PageHead(null, "", "website", null, false, Map.of());
  }

  /** The same path below every language root of the office. */
  private static Map<LanguageTag, String> inEveryLanguage(SitePages.Context site, String path) {
    Map<LanguageTag, String> alternates = new LinkedHashMap<>();
    for (LanguageTag language : site.office().languages()) {
      alternates.put(language, site.absolute(language, path));
    }
    return alternates;
  }

  /** The head as the layout shows it. */
  Head toView(SitePages.Context site) {
    String siteName = site.office().name(site.language());
    if (!index) {
      return Head.notIndexed("noindex", siteName);
    }
    List<Head.Alternate> shown = new ArrayList<>(alternates.size());
    alternates.forEach((language, href) -> shown.add(new Head.Alternate(language.value(), href)));
    return new Head(
        null,
        canonicalUrl,
        previousUrl,
        nextUrl,
        description,
        ogType,
        siteName,
        site.language().value().replace('-', '_'),
        site.home() + "feed.rss",
        site.home() + "feed.atom",
        shown,
        jsonLd,
        image);
  }

  private static JsonLd organisation(OfficeRef office, SitePages.Context site) {
    JsonObjectBuilder json =
        JSON.createObjectBuilder()
            .add("@context", "https://schema.org")
            .add("@type", "Organization")
            .add("name", office.name(site.language()))
            .add("url", site.absolute(""));
    var contact = office.contact();
    if (contact != null && contact.email() != null) {
      json.add("email", contact.email());
    }
    if (contact != null && contact.phone() != null) {
      json.add("telephone", contact.phone());
    }
    if (contact != null && contact.postalAddress() != null) {
      json.add("address", contact.postalAddress());
    }
    if (!office.socialLinks().isEmpty()) {
      JsonArrayBuilder sameAs = JSON.createArrayBuilder();
      office.socialLinks().values().stream().sorted().forEach(sameAs::add);
      json.add("sameAs", sameAs);
    }
    return new JsonLd(json.build());
  }

  private static JsonLd newsArticle(SitePages.Context site, LiveItem item, String url) {
    JsonObjectBuilder json =
        JSON.createObjectBuilder()
            .add("@context", "https://schema.org")
            .add("@type", "NewsArticle")
            .add("headline", item.title())
            .add("description", item.summary())
            .add("inLanguage", site.language().value())
            .add("mainEntityOfPage", url);
    if (item.firstPublishedAt() != null) {
      json.add("datePublished", item.firstPublishedAt().toString());
    }
    if (item.lastPublishedAt() != null) {
      json.add("dateModified", item.lastPublishedAt().toString());
    }
    json.add(
        "publisher",
        JSON.createObjectBuilder()
            .add("@type", "Organization")
            .add("name", site.office().name(site.language())));
    return new JsonLd(json.build());
  }
}
