package org.meridian.tenancy.office;

import java.util.List;
import java.util.Locale;

/**
 * The languages the public site speaks itself — its menus' labels, buttons, error pages — from its
 * resource bundles (see the {@code site} module's {@code words_*.properties}). An office may
 * publish in any language; in one not listed here its content shows in that language around English
 * site words, and the console's settings page warns its administrator.
 */
public final class SiteLanguages {

  /** Every language with a bundle of site words. */
  public static final List<String> ALL = List.of("en", "fr", "ar", "es", "pt");

  private SiteLanguages() {}

  /** Whether the site has its own words for {@code tag} ({@code pt-BR} counts as {@code pt}). */
  public static boolean hasWords(String tag) {
    return ALL.contains(primary(tag));
  }

  /** The primary language subtag, in lower case. */
  public static String primary(String tag) {
    int dash = tag.indexOf('-');
    return (dash < 0 ? tag : tag.substring(0, dash)).toLowerCase(Locale.ROOT);
  }
}
