package org.meridian.content.search.internal;

import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.meridian.tenancy.office.LanguageTag;

/**
 * The PostgreSQL text-search configuration of a language: its Snowball configuration when the
 * server has one, {@code simple} (lower-casing, no stemming, no stop words) otherwise.
 */
public final class TextConfigs {

  public static final String SIMPLE = "simple";

  /** What a configuration's name may be when it is written into a statement. */
  private static final Pattern NAME = Pattern.compile("[a-z]+");

  private static final Map<String, String> BY_LANGUAGE =
      Map.ofEntries(
          Map.entry("ar", "arabic"),
          Map.entry("hy", "armenian"),
          Map.entry("eu", "basque"),
          Map.entry("ca", "catalan"),
          Map.entry("da", "danish"),
          Map.entry("nl", "dutch"),
          Map.entry("en", "english"),
          Map.entry("fi", "finnish"),
          Map.entry("fr", "french"),
          Map.entry("de", "german"),
          Map.entry("el", "greek"),
          Map.entry("hi", "hindi"),
          Map.entry("hu", "hungarian"),
          Map.entry("id", "indonesian"),
          Map.entry("ga", "irish"),
          Map.entry("it", "italian"),
          Map.entry("lt", "lithuanian"),
          Map.entry("ne", "nepali"),
          Map.entry("no", "norwegian"),
          Map.entry("nb", "norwegian"),
          Map.entry("pt", "portuguese"),
          Map.entry("ro", "romanian"),
          Map.entry("ru", "russian"),
          Map.entry("sr", "serbian"),
          Map.entry("es", "spanish"),
          Map.entry("sv", "swedish"),
          Map.entry("ta", "tamil"),
          Map.entry("tr", "turkish"),
          Map.entry("yi", "yiddish"));

  private final Set<String> available;

  /** The configurations the server has ({@code select cfgname from pg_ts_config}). */
  public TextConfigs(Set<String> available) {
    this.available = Set.copyOf(available);
  }

  public String of(LanguageTag language) {
    String wanted = BY_LANGUAGE.get(language.locale().getLanguage());
    return wanted != null && available.contains(wanted) ? wanted : SIMPLE;
  }

  /**
   * The configuration of a language as an SQL constant ({@code 'english'::regconfig}), for a
   * statement that wants it evaluated when planned. Only names of this class's table (or {@code
   * simple}) are ever written: nothing a person types.
   */
  public String literal(LanguageTag language) {
    String name = of(language);
    if (!NAME.matcher(name).matches()) {
      throw new IllegalStateException("Not a configuration name: " + name);
    }
    return "'" + name + "'::regconfig";
  }
}
