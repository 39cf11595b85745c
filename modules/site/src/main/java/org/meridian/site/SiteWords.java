package org.meridian.site;

import static java.util.Map.entry;

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
          Map.ofEntries(
              entry("latestNews", "Latest news"),
              entry("sections", "Sections"),
              entry("notFound", "Page not found"),
              entry(
                  "notFoundText",
                  "There is no page at this address. It may have moved or been removed."),
              entry("home", "Home"),
              entry("published", "Published"),
              entry("maintenance", "This site is under maintenance"),
              entry("maintenanceText", "Please come back later."),
              entry("skip", "Skip to content"),
              entry("noNews", "No news yet."),
              entry("news", "News"),
              entry("contact", "Contact"),
              entry("kind.news", "News"),
              entry("kind.press-release", "Press release"),
              entry("kind.story", "Story"),
              entry("when", "When:"),
              entry("venue", "Venue"),
              entry("online", "Join online"),
              entry("register", "Register"),
              entry("year", "Year"),
              entry("language", "Language"),
              entry("series", "Series"),
              entry("quotes", "Quotes"),
              entry("mediaContacts", "Media contacts"),
              entry("related", "Related"),
              entry("role", "Role"),
              entry("organisation", "Organisation"),
              entry("email", "E-mail"),
              entry("phone", "Telephone"),
              entry("themes", "Themes"),
              entry("tags", "Tags"),
              entry("themeHeading", "Theme: %s"),
              entry("tagHeading", "Tag: %s"),
              entry("themesAndTags", "Themes and tags"),
              entry("noThemes", "No themes yet."),
              entry("nothingYet", "Nothing has been published here yet."),
              entry("pages", "Pages"),
              entry("previous", "Previous page"),
              entry("next", "Next page"),
              entry("pageOf", "Page %d of %d"),
              entry("upcomingEvents", "Upcoming events"),
              entry("pastEvents", "Past events"),
              entry("noUpcomingEvents", "No upcoming events."),
              entry("noPastEvents", "No past events."),
              entry("publications", "Publications"),
              entry("noPublications", "No publications yet."),
              entry("downloads", "Downloads"),
              entry("preview", "Preview"),
              entry(
                  "previewBanner",
                  "Preview of revision %d: this is not public. The link works until %s."),
              entry("previewRefused", "This preview link is not valid or has expired"),
              entry(
                  "previewRefusedText",
                  "Preview links work for a limited time. Open the item in the console and preview"
                      + " it again for a new link."),
              entry("search", "Search"),
              entry("searchSite", "Search this site"),
              entry("searchWords", "Words to search for"),
              entry("searchPrompt", "Type one or more words to search this site."),
              entry("searchResults", "%d results for “%s”"),
              entry("searchOneResult", "1 result for “%s”"),
              entry("searchNoResults", "No results for “%s”. Try other or fewer words."),
              entry("searchNoMore", "There are no more results."),
              entry("searchFirstPage", "Back to the first page of results"),
              entry("searchTooLong", "Your search is too long: use at most %d characters."),
              entry("searchBadPage", "This is not a page of results."),
              entry("type.PAGE", "Page"),
              entry("type.NEWS", "News"),
              entry("type.EVENT", "Event"),
              entry("type.PUBLICATION", "Publication"),
              entry("type.CONTACT", "Contact")),
          "fr",
          Map.ofEntries(
              entry("latestNews", "Dernières actualités"),
              entry("sections", "Rubriques"),
              entry("notFound", "Page introuvable"),
              entry(
                  "notFoundText",
                  "Aucune page ne se trouve à cette adresse. Elle a peut-être été déplacée ou"
                      + " supprimée."),
              entry("home", "Accueil"),
              entry("published", "Publié le"),
              entry("maintenance", "Ce site est en maintenance"),
              entry("maintenanceText", "Merci de revenir plus tard."),
              entry("skip", "Aller au contenu"),
              entry("noNews", "Pas encore d’actualités."),
              entry("news", "Actualités"),
              entry("contact", "Contact"),
              entry("kind.news", "Actualité"),
              entry("kind.press-release", "Communiqué de presse"),
              entry("kind.story", "Récit"),
              entry("when", "Quand :"),
              entry("venue", "Lieu"),
              entry("online", "Participer en ligne"),
              entry("register", "S’inscrire"),
              entry("year", "Année"),
              entry("language", "Langue"),
              entry("series", "Collection"),
              entry("quotes", "Citations"),
              entry("mediaContacts", "Contacts presse"),
              entry("related", "À lire aussi"),
              entry("role", "Fonction"),
              entry("organisation", "Organisation"),
              entry("email", "Courriel"),
              entry("phone", "Téléphone"),
              entry("themes", "Thèmes"),
              entry("tags", "Mots-clés"),
              entry("themeHeading", "Thème : %s"),
              entry("tagHeading", "Mot-clé : %s"),
              entry("themesAndTags", "Thèmes et mots-clés"),
              entry("noThemes", "Pas encore de thèmes."),
              entry("nothingYet", "Rien n’a encore été publié ici."),
              entry("pages", "Pages"),
              entry("previous", "Page précédente"),
              entry("next", "Page suivante"),
              entry("pageOf", "Page %d sur %d"),
              entry("upcomingEvents", "Événements à venir"),
              entry("pastEvents", "Événements passés"),
              entry("noUpcomingEvents", "Aucun événement à venir."),
              entry("noPastEvents", "Aucun événement passé."),
              entry("publications", "Publications"),
              entry("noPublications", "Pas encore de publications."),
              entry("downloads", "Téléchargements"),
              entry("preview", "Aperçu"),
              entry(
                  "previewBanner",
                  "Aperçu de la révision %d : cette page n’est pas publique. Le lien est valable"
                      + " jusqu’au %s."),
              entry("previewRefused", "Ce lien d’aperçu n’est pas valable ou a expiré"),
              entry(
                  "previewRefusedText",
                  "Les liens d’aperçu sont valables un temps limité. Ouvrez l’élément dans la"
                      + " console et prévisualisez-le à nouveau pour obtenir un nouveau lien."),
              entry("search", "Rechercher"),
              entry("searchSite", "Rechercher sur ce site"),
              entry("searchWords", "Mots à rechercher"),
              entry("searchPrompt", "Saisissez un ou plusieurs mots pour rechercher sur ce site."),
              entry("searchResults", "%d résultats pour « %s »"),
              entry("searchOneResult", "1 résultat pour « %s »"),
              entry(
                  "searchNoResults",
                  "Aucun résultat pour « %s ». Essayez d’autres mots, ou moins de mots."),
              entry("searchNoMore", "Il n’y a pas d’autres résultats."),
              entry("searchFirstPage", "Revenir à la première page de résultats"),
              entry("searchTooLong", "Votre recherche est trop longue : %d caractères au plus."),
              entry("searchBadPage", "Cette page de résultats n’existe pas."),
              entry("type.PAGE", "Page"),
              entry("type.NEWS", "Actualité"),
              entry("type.EVENT", "Événement"),
              entry("type.PUBLICATION", "Publication"),
              entry("type.CONTACT", "Contact")));

  private SiteWords() {}

  static String of(LanguageTag language, String key) {
    Map<String, String> words =
        WORDS.getOrDefault(language.locale().getLanguage(), WORDS.get("en"));
    return words.getOrDefault(key, WORDS.get("en").get(key));
  }
}
