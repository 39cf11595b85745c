package org.meridian.site.view;

import java.util.List;

/**
 * What a page tells machines in its {@code <head>}: canonical address, neighbours of a paged list,
 * Open Graph fields, feeds, language alternates and schema.org JSON-LD; or only a robots rule
 * ({@code robots} not null: not for search engines).
 */
public record Head(
    String robots,
    String canonical,
    String prev,
    String next,
    String description,
    String ogType,
    String siteName,
    String ogLocale,
    String feedRss,
    String feedAtom,
    List<Alternate> alternates,
    JsonLd jsonLd,
    String image) {

  public Head {
    alternates = List.copyOf(alternates);
  }

  /** A head without an Open Graph image. */
  public Head(
      String robots,
      String canonical,
      String prev,
      String next,
      String description,
      String ogType,
      String siteName,
      String ogLocale,
      String feedRss,
      String feedAtom,
      List<Alternate> alternates,
      JsonLd jsonLd) {
    this(
        robots,
        canonical,
        prev,
        next,
        description,
        ogType,
        siteName,
        ogLocale,
        feedRss,
        feedAtom,
        alternates,
        jsonLd,
        null);
  }

  /** A page not for search engines: {@code noindex} (or what {@code robots} says). */
  public static Head notIndexed(String robots, String siteName) {
    return new Head(
        robots, null, null, null, "", "website", siteName, null, null, null, List.of(), null);
  }

  public Head notIndexed(String rule) {
    return notIndexed(rule, siteName);
  }

  public boolean indexed() {
    return robots == null;
  }

  /** The page in another language, for {@code hreflang}. */
  public record Alternate(String lang, String href) {}
}
