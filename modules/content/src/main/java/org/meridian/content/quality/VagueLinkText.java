package org.meridian.content.quality;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Link texts that say nothing of where a link leads, per language (the office languages the network
 * uses today). A link's words are compared whole, in lower case, without punctuation and arrows
 * around them; English's are vague in every language, as they are often left untranslated.
 */
public final class VagueLinkText {

  static final Map<String, Set<String>> PHRASES =
      Map.of(
          "en",
          Set.of(
              "click here",
              "click",
              "here",
              "read more",
              "more",
              "learn more",
              "find out more",
              "more info",
              "this link",
              "link",
              "continue reading"),
          "fr",
          Set.of(
              "cliquez ici",
              "cliquer ici",
              "ici",
              "lire la suite",
              "lire plus",
              "en savoir plus",
              "plus",
              "suite",
              "ce lien",
              "lien"),
          "ar",
          Set.of(
              "اضغط هنا",
              "انقر هنا",
              "هنا",
              "اقرأ المزيد",
              "المزيد",
              "للمزيد",
              "هذا الرابط",
              "رابط"),
          "es",
          Set.of(
              "haga clic aquí",
              "haz clic aquí",
              "clic aquí",
              "aquí",
              "leer más",
              "más",
              "más información",
              "este enlace"),
          "pt",
          Set.of(
              "clique aqui", "aqui", "leia mais", "saiba mais", "mais", "este link", "ler mais"));

  private VagueLinkText() {}

  /** Whether {@code words} say nothing of where a link leads, in {@code language} or English. */
  public static boolean isVague(String words, String language) {
    String said = normalise(words);
    if (said.isEmpty()) {
      return false;
    }
    for (String lang : List.of(language, "en")) {
      if (PHRASES.getOrDefault(lang, Set.of()).contains(said)) {
        return true;
      }
    }
    return false;
  }

  /** Lower case, composed, without punctuation, arrows or ellipses around the words. */
  static String normalise(String words) {
    String text = Normalizer.normalize(words == null ? "" : words, Normalizer.Form.NFC);
    text = text.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
    return text.replaceAll("^[\\p{P}\\p{S}\\s]+|[\\p{P}\\p{S}\\s]+$", "");
  }
}
