package org.meridian.content.blueprint;

import java.util.Map;
import org.meridian.tenancy.office.LanguageTag;

/**
 * The titles and slugs of the standard sections, per language. A language without its own words
 * gets the English ones, for its editors to translate.
 */
final class BlueprintWords {

  /** Title and slug of one section in one language. */
  record Words(String title, String slug) {}

  private static final Map<String, Map<String, Words>> WORDS =
      Map.of(
          "en",
          Map.of(
              "who", new Words("Who we are", ""),
              "about", new Words("About us", "about-us"),
              "network", new Words("Our network", ""),
              "work", new Words("Our work", "our-work"),
              "data", new Words("Data and resources", "data-and-resources"),
              "action", new Words("Take action", "take-action"),
              "agenda", new Words("2030 Agenda", "2030-agenda"),
              "news", new Words("News", "news"),
              "contact", new Words("Contact", "contact")),
          "fr",
          Map.of(
              "who", new Words("Qui sommes-nous", ""),
              "about", new Words("À propos", "a-propos"),
              "network", new Words("Notre réseau", ""),
              "work", new Words("Notre travail", "notre-travail"),
              "data", new Words("Données et ressources", "donnees-et-ressources"),
              "action", new Words("Agir", "agir"),
              "agenda", new Words("Agenda 2030", "agenda-2030"),
              "news", new Words("Actualités", "news"),
              "contact", new Words("Contact", "contact")),
          "es",
          Map.of(
              "who", new Words("Quiénes somos", ""),
              "about", new Words("Sobre nosotros", "sobre-nosotros"),
              "network", new Words("Nuestra red", ""),
              "work", new Words("Nuestro trabajo", "nuestro-trabajo"),
              "data", new Words("Datos y recursos", "datos-y-recursos"),
              "action", new Words("Actúa", "actua"),
              "agenda", new Words("Agenda 2030", "agenda-2030"),
              "news", new Words("Noticias", "news"),
              "contact", new Words("Contacto", "contacto")),
          "pt",
          Map.of(
              "who", new Words("Quem somos", ""),
              "about", new Words("Sobre nós", "sobre-nos"),
              "network", new Words("A nossa rede", ""),
              "work", new Words("O nosso trabalho", "o-nosso-trabalho"),
              "data", new Words("Dados e recursos", "dados-e-recursos"),
              "action", new Words("Agir", "agir"),
              "agenda", new Words("Agenda 2030", "agenda-2030"),
              "news", new Words("Notícias", "news"),
              "contact", new Words("Contacto", "contacto")),
          "ar",
          Map.of(
              "who", new Words("من نحن", ""),
              "about", new Words("عن المكتب", "about-us"),
              "network", new Words("شبكتنا", ""),
              "work", new Words("عملنا", "our-work"),
              "data", new Words("البيانات والموارد", "data-and-resources"),
              "action", new Words("شارك", "take-action"),
              "agenda", new Words("خطة 2030", "2030-agenda"),
              "news", new Words("الأخبار", "news"),
              "contact", new Words("اتصل بنا", "contact")));

  private BlueprintWords() {}

  static Words of(LanguageTag language, String key) {
    return WORDS.getOrDefault(language.locale().getLanguage(), WORDS.get("en")).get(key);
  }
}
