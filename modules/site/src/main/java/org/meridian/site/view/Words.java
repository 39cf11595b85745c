package org.meridian.site.view;

import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The words the public site itself says, from the resource bundles {@code
 * org/meridian/site/view/words_*.properties} (en, fr, ar, es, pt). A language without a bundle gets
 * English words; office content is never translated here. One instance per language, kept.
 */
public final class Words {

  /** The languages the site's words are written in; the console warns about any other. */
  public static final java.util.List<String> LANGUAGES =
      java.util.List.of("en", "fr", "ar", "es", "pt");

  private static final String BUNDLE = "org.meridian.site.view.words";
  private static final Map<String, Words> KEPT = new ConcurrentHashMap<>();

  private final String language;
  private final Map<String, String> words;

  private Words(String language, Map<String, String> words) {
    this.language = language;
    this.words = words;
  }

  /** The words for a language tag ({@code pt-BR} gets {@code pt}), English when none. */
  public static Words of(String languageTag) {
    String primary = primary(languageTag);
    String language = LANGUAGES.contains(primary) ? primary : "en";
    return KEPT.computeIfAbsent(language, Words::load);
  }

  /** Whether the site has its own words in {@code languageTag}. */
  public static boolean speaks(String languageTag) {
    return org.meridian.tenancy.office.SiteLanguages.hasWords(languageTag);
  }

  private static String primary(String tag) {
    return org.meridian.tenancy.office.SiteLanguages.primary(tag);
  }

  private static Words load(String language) {
    ResourceBundle bundle =
        ResourceBundle.getBundle(
            BUNDLE,
            Locale.forLanguageTag(language),
            Words.class.getClassLoader(),
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    Map<String, String> all = new java.util.HashMap<>();
    for (String key : bundle.keySet()) {
      all.put(key, bundle.getString(key));
    }
    return new Words(language, Map.copyOf(all));
  }

  /** The language these words are in. */
  public String language() {
    return language;
  }

  /**
   * The word for {@code key}; a missing key fails loudly (the bundles test keeps them complete).
   */
  public String get(String key) {
    String word = words.get(key);
    if (word == null) {
      throw new IllegalArgumentException("No site word '" + key + "' in " + language);
    }
    return word;
  }

  /** The word for {@code key} with its {@code %s}/{@code %d} places filled. */
  public String format(String key, Object... values) {
    return String.format(Locale.ROOT, get(key), values);
  }

  /** Every key, for the test that all languages have them. */
  public java.util.Set<String> keys() {
    return words.keySet();
  }
}
