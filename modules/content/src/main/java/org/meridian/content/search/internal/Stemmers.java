package org.meridian.content.search.internal;

import java.util.Map;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.meridian.tenancy.office.LanguageTag;
import org.tartarus.snowball.SnowballStemmer;
import org.tartarus.snowball.ext.ArabicStemmer;
import org.tartarus.snowball.ext.ArmenianStemmer;
import org.tartarus.snowball.ext.BasqueStemmer;
import org.tartarus.snowball.ext.CatalanStemmer;
import org.tartarus.snowball.ext.DanishStemmer;
import org.tartarus.snowball.ext.DutchStemmer;
import org.tartarus.snowball.ext.EnglishStemmer;
import org.tartarus.snowball.ext.FinnishStemmer;
import org.tartarus.snowball.ext.FrenchStemmer;
import org.tartarus.snowball.ext.GermanStemmer;
import org.tartarus.snowball.ext.GreekStemmer;
import org.tartarus.snowball.ext.HindiStemmer;
import org.tartarus.snowball.ext.HungarianStemmer;
import org.tartarus.snowball.ext.IndonesianStemmer;
import org.tartarus.snowball.ext.IrishStemmer;
import org.tartarus.snowball.ext.ItalianStemmer;
import org.tartarus.snowball.ext.LithuanianStemmer;
import org.tartarus.snowball.ext.NepaliStemmer;
import org.tartarus.snowball.ext.NorwegianStemmer;
import org.tartarus.snowball.ext.PortugueseStemmer;
import org.tartarus.snowball.ext.RomanianStemmer;
import org.tartarus.snowball.ext.RussianStemmer;
import org.tartarus.snowball.ext.SerbianStemmer;
import org.tartarus.snowball.ext.SpanishStemmer;
import org.tartarus.snowball.ext.SwedishStemmer;
import org.tartarus.snowball.ext.TamilStemmer;
import org.tartarus.snowball.ext.TurkishStemmer;
import org.tartarus.snowball.ext.YiddishStemmer;

/**
 * The Snowball stemmer of a language (the same algorithms as PostgreSQL's text-search
 * dictionaries), from Lucene's copy of the Snowball project. A language without one is not stemmed:
 * its words are matched as written (lower-cased).
 */
public final class Stemmers {

  private static final Map<String, Supplier<SnowballStemmer>> BY_LANGUAGE =
      Map.ofEntries(
          Map.entry("ar", ArabicStemmer::new),
          Map.entry("hy", ArmenianStemmer::new),
          Map.entry("eu", BasqueStemmer::new),
          Map.entry("ca", CatalanStemmer::new),
          Map.entry("da", DanishStemmer::new),
          Map.entry("nl", DutchStemmer::new),
          Map.entry("en", EnglishStemmer::new),
          Map.entry("fi", FinnishStemmer::new),
          Map.entry("fr", FrenchStemmer::new),
          Map.entry("de", GermanStemmer::new),
          Map.entry("el", GreekStemmer::new),
          Map.entry("hi", HindiStemmer::new),
          Map.entry("hu", HungarianStemmer::new),
          Map.entry("id", IndonesianStemmer::new),
          Map.entry("ga", IrishStemmer::new),
          Map.entry("it", ItalianStemmer::new),
          Map.entry("lt", LithuanianStemmer::new),
          Map.entry("ne", NepaliStemmer::new),
          Map.entry("no", NorwegianStemmer::new),
          Map.entry("nb", NorwegianStemmer::new),
          Map.entry("pt", PortugueseStemmer::new),
          Map.entry("ro", RomanianStemmer::new),
          Map.entry("ru", RussianStemmer::new),
          Map.entry("sr", SerbianStemmer::new),
          Map.entry("es", SpanishStemmer::new),
          Map.entry("sv", SwedishStemmer::new),
          Map.entry("ta", TamilStemmer::new),
          Map.entry("tr", TurkishStemmer::new),
          Map.entry("yi", YiddishStemmer::new));

  private Stemmers() {}

  /**
   * A stemmer for {@code language}'s words (lower-cased already). Not thread-safe: one per piece of
   * work.
   */
  public static UnaryOperator<String> of(LanguageTag language) {
    Supplier<SnowballStemmer> make = BY_LANGUAGE.get(language.locale().getLanguage());
    if (make == null) {
      return UnaryOperator.identity();
    }
    SnowballStemmer stemmer = make.get();
    return word -> {
      stemmer.setCurrent(word);
      stemmer.stem();
      String stem = stemmer.getCurrent();
      return stem.isEmpty() ? word : stem;
    };
  }

  /** Whether {@code language} is stemmed (otherwise matched word for word). */
  public static boolean stems(LanguageTag language) {
    return BY_LANGUAGE.containsKey(language.locale().getLanguage());
  }
}
