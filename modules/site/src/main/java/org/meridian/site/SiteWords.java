package org.meridian.site;

import java.util.Map;
import org.meridian.tenancy.office.LanguageTag;

/**
 * The few words the site itself says, per language; English when a language has none yet. Office
 * content is never translated here.
 */
final class SiteWords {

  private static final Map<String, Map<String, String>> WORDS =
      Map.of(
          "en",
          Map.of(
              "latestNews", "Latest news",
              "sections", "Sections",
              "notFound", "Page not found",
              "notFoundText",
                  "There is no page at this address. It may have moved or been removed.",
              "home", "Home",
              "published", "Published",
              "maintenance", "This site is under maintenance",
              "maintenanceText", "Please come back later.",
              "skip", "Skip to content",
              "noNews", "No news yet."),
          "fr",
          Map.of(
              "latestNews", "Dernières actualités",
              "sections", "Rubriques",
              "notFound", "Page introuvable",
              "notFoundText",
                  "Aucune page ne se trouve à cette adresse. Elle a peut-être été déplacée ou"
                      + " supprimée.",
              "home", "Accueil",
              "published", "Publié le",
              "maintenance", "Ce site est en maintenance",
              "maintenanceText", "Merci de revenir plus tard.",
              "skip", "Aller au contenu",
              "noNews", "Pas encore d’actualités."));

  private SiteWords() {}

  static String of(LanguageTag language, String key) {
    Map<String, String> words =
        WORDS.getOrDefault(language.locale().getLanguage(), WORDS.get("en"));
    return words.getOrDefault(key, WORDS.get("en").get(key));
  }
}
