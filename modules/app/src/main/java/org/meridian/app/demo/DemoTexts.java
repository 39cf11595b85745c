package org.meridian.app.demo;

import java.util.List;
import org.meridian.content.ContentType;
import org.meridian.tenancy.office.LanguageTag;

/** The words of the demo network, written for Meridian. Every organisation here is fictional. */
final class DemoTexts {

  record Item(
      ContentType type,
      LanguageTag language,
      String slug,
      String title,
      String summary,
      String body) {}

  private static final LanguageTag EN = new LanguageTag("en");
  private static final LanguageTag FR = new LanguageTag("fr");

  private DemoTexts() {}

  private static Item page(
      LanguageTag lang, String slug, String title, String summary, String body) {
    return new Item(ContentType.PAGE, lang, slug, title, summary, body);
  }

  private static Item news(
      LanguageTag lang, String slug, String title, String summary, String body) {
    return new Item(ContentType.NEWS, lang, slug, title, summary, body);
  }

  static List<Item> hq() {
    return List.of(
        page(
            EN,
            "who-we-are",
            "Who we are",
            "A network of offices working together on safe and dignified mobility.",
            "<p>The Meridian network brings together a headquarters, regional offices and country"
                + " offices. Each office works with local authorities and communities, and all of"
                + " them share what they learn.</p><h2>How we work</h2><ul><li>Close to the people"
                + " we serve</li><li>Open about our results</li><li>Accountable to our member"
                + " states</li></ul>"),
        news(
            EN,
            "network-annual-report",
            "The network publishes its annual report",
            "Results from forty country programmes, in one place.",
            "<p>The annual report gathers the results of the year across the network, from"
                + " emergency response to long-term community programmes.</p>"),
        page(
            FR,
            "qui-sommes-nous",
            "Qui sommes-nous",
            "Un réseau de bureaux au service d’une mobilité sûre et digne.",
            "<p>Le réseau Meridian réunit un siège, des bureaux régionaux et des bureaux de"
                + " pays, qui partagent leurs expériences.</p>"));
  }

  static List<Item> region() {
    return List.of(
        page(
            EN,
            "about-the-region",
            "About the region",
            "Twenty-three countries, one regional team.",
            "<p>The regional office supports country offices with data, training and"
                + " coordination across borders.</p>"),
        page(
            FR,
            "a-propos-de-la-region",
            "À propos de la région",
            "Vingt-trois pays, une équipe régionale.",
            "<p>Le bureau régional appuie les bureaux de pays en matière de données, de"
                + " formation et de coordination transfrontalière.</p>"));
  }

  static List<Item> gambia() {
    return List.of(
        page(
            EN,
            "about-us",
            "About us",
            "Our office has worked alongside communities in The Gambia for over two decades.",
            "<p>From our office in Banjul we run programmes on community stabilization,"
                + " migrant protection and data.</p><p>We work with national institutions, civil"
                + " society and young people across all regions of the country.</p>"),
        page(
            EN,
            "our-work",
            "Our work",
            "Protection, reintegration, data and climate resilience.",
            "<h2>Areas of work</h2><ul><li>Support to returning migrants and their"
                + " families</li><li>Border management and health</li><li>Data and"
                + " research</li><li>Climate adaptation in rural communities</li></ul>"),
        page(
            EN,
            "take-action",
            "Take action",
            "Partner with us, volunteer, or join our team.",
            "<p>Organisations and individuals can support our work in many ways. Write to the"
                + " office to learn about current partnerships and vacancies.</p><p>Read about"
                + " <a href=\"/gambia/en/our-work\">our work</a>, or see the"
                + " <a href=\"/gambia/en/volunteer-programme\">volunteer programme</a>.</p>"),
        news(
            EN,
            "youth-skills-centre-opens",
            "New youth skills centre opens in Brikama",
            "The centre will train three hundred young people a year in trades and digital"
                + " skills.",
            "<p><strong>Brikama</strong> – A new skills centre opened this week, offering"
                + " courses in solar installation, tailoring and basic coding.</p><blockquote>"
                + "<p>“Young people told us what they needed. This centre is their"
                + " answer.”</p></blockquote><p>The centre was built with local builders and"
                + " will be run with the municipal council.</p>"),
        news(
            EN,
            "dialogue-on-regular-pathways",
            "Dialogue on regular pathways gathers" + " regional partners",
            "Government and civil society representatives met for two days to share practice.",
            "<p>Participants discussed labour mobility schemes, data sharing and the protection"
                + " of people on the move, and agreed on follow-up steps for the coming"
                + " year.</p>"));
  }

  /**
   * Monthly figures of the Gambian office, two years of them: pages that make the theme "data" long
   * enough to be shown on more than one page.
   */
  static List<Item> gambiaFigures() {
    List<Item> figures = new java.util.ArrayList<>();
    for (int month = 0; month < 24; month++) {
      java.time.YearMonth when = java.time.YearMonth.of(2024, 1).plusMonths(month);
      String label =
          when.getMonth().getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.ENGLISH)
              + " "
              + when.getYear();
      figures.add(
          page(
              EN,
              "figures-" + when,
              "Returns and reintegration: figures for " + label,
              "How many people the office assisted in " + label + ", by district.",
              "<p>The office publishes its assistance figures every month. These are the figures"
                  + " for "
                  + label
                  + "; the tables are updated when partners confirm late reports.</p>"));
    }
    return figures;
  }

  static Item gambiaDraft() {
    return news(
        EN,
        "coastal-resilience-study",
        "Coastal resilience study: first findings",
        "A draft awaiting review.",
        "<p>This news item is a draft: it is listed in the console but not on the public"
            + " site.</p>");
  }

  static List<Item> senegal() {
    return List.of(
        page(
            FR,
            "a-propos",
            "À propos",
            "Notre bureau accompagne les communautés du Sénégal depuis plus de vingt ans.",
            "<p>Depuis Dakar, nous menons des programmes de protection, de réintégration et de"
                + " collecte de données, avec les institutions nationales et la société"
                + " civile.</p>"),
        page(
            FR,
            "notre-travail",
            "Notre travail",
            "Protection, réintégration, données et résilience climatique.",
            "<ul><li>Accompagnement des personnes de retour</li><li>Santé et gestion des"
                + " frontières</li><li>Recherche et données</li></ul>"),
        news(
            FR,
            "forum-jeunesse-thies",
            "Un forum de la jeunesse réunit 500 participants à" + " Thiès",
            "Deux jours d’échanges sur l’emploi, la formation et l’entrepreneuriat.",
            "<p><strong>Thiès</strong> – Le forum a permis à des jeunes de toutes les régions"
                + " de rencontrer des employeurs et des centres de formation.</p>"),
        page(
            FR,
            "contact",
            "Contact",
            "Écrivez-nous, appelez-nous ou passez nous voir à Dakar.",
            "<p>Notre accueil est ouvert du lundi au vendredi, de 9 h à 17 h. Les demandes des"
                + " médias sont traitées par le service de presse.</p>"),
        page(
            EN,
            "about-us",
            "About us",
            "Our office supports communities across Senegal.",
            "<p>From Dakar we run protection, reintegration and data programmes with national"
                + " institutions and civil society.</p>"));
  }

  /** The English translation of Senegal's youth forum news. */
  static Item senegalForumInEnglish() {
    return news(
        EN,
        "youth-forum-thies",
        "Youth forum brings 500 participants together in Thiès",
        "Two days of exchanges on jobs, training and starting a business.",
        "<p><strong>Thiès</strong> – The forum gave young people from every region the chance"
            + " to meet employers and training centres.</p>");
  }

  /** The French news after an update that the English translation does not have yet. */
  static Item senegalForumUpdated() {
    return news(
        FR,
        "forum-jeunesse-thies",
        "Un forum de la jeunesse réunit 500 participants à Thiès",
        "Deux jours d’échanges sur l’emploi, la formation et l’entrepreneuriat.",
        "<p><strong>Thiès</strong> – Le forum a permis à des jeunes de toutes les régions"
            + " de rencontrer des employeurs et des centres de formation.</p>"
            + "<p>Une deuxième édition est prévue à Ziguinchor l’an prochain.</p>");
  }
}
