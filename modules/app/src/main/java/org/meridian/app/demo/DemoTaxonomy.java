package org.meridian.app.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.meridian.content.EditorQueries;
import org.meridian.content.Slug;
import org.meridian.content.taxonomy.Classification;
import org.meridian.content.taxonomy.Themes;
import org.meridian.tenancy.TenantContext;
import org.meridian.tenancy.office.LanguageTag;
import org.meridian.tenancy.office.OfficeRef;

/**
 * The demo network's themes (in English, French and Spanish) and the Gambian and Senegalese
 * offices' tags on their demo items, made through the same services as the console uses.
 */
@ApplicationScoped
class DemoTaxonomy {

  private static final LanguageTag EN = new LanguageTag("en");
  private static final LanguageTag FR = new LanguageTag("fr");
  private static final LanguageTag ES = new LanguageTag("es");

  /** Code, then the names in English, French and Spanish. */
  private static final List<List<String>> THEMES =
      List.of(
          List.of("migration", "Migration", "Migration", "Migración"),
          List.of(
              "climate",
              "Climate and environment",
              "Climat et environnement",
              "Clima y medio ambiente"),
          List.of("health", "Health", "Santé", "Salud"),
          List.of("youth", "Youth and skills", "Jeunesse et compétences", "Juventud y oficios"),
          List.of("protection", "Protection and rights", "Protection et droits", "Protección"),
          List.of("data", "Data and research", "Données et recherche", "Datos e investigación"),
          List.of("emergencies", "Emergencies", "Urgences", "Emergencias"));

  /** What one demo item carries. */
  private record Terms(LanguageTag language, String slug, List<String> themes, List<String> tags) {}

  @Inject private Themes themes;
  @Inject private Classification classification;
  @Inject private EditorQueries queries;
  @Inject private TenantContext tenant;

  void load(OfficeRef gambia, OfficeRef senegal) {
    for (List<String> theme : THEMES) {
      var added = themes.create(theme.get(0), EN, theme.get(1), null, Themes.SYSTEM);
      added = themes.rename(added.code(), added.version(), FR, theme.get(2), null, Themes.SYSTEM);
      themes.rename(added.code(), added.version(), ES, theme.get(3), null, Themes.SYSTEM);
    }
    List<Terms> inGambia =
        new java.util.ArrayList<>(
            List.of(
                new Terms(
                    EN,
                    "youth-skills-centre-opens",
                    List.of("youth", "migration"),
                    List.of("Brikama", "Skills training")),
                new Terms(
                    EN,
                    "dialogue-on-regular-pathways",
                    List.of("migration", "protection"),
                    List.of("Regular pathways", "Banjul")),
                new Terms(
                    EN, "coastal-resilience-study", List.of("climate", "data"), List.of("Banjul")),
                new Terms(EN, "about-us", List.of("migration"), List.of())));
    DemoTexts.gambiaFigures()
        .forEach(
            page ->
                inGambia.add(
                    new Terms(EN, page.slug(), List.of("data"), List.of("Monthly figures"))));
    tenant.runAs(gambia, () -> inGambia.forEach(this::classify));
    tenant.runAs(
        senegal,
        () ->
            List.of(
                    new Terms(
                        FR,
                        "forum-jeunesse-thies",
                        List.of("youth"),
                        List.of("Thiès", "Forum jeunesse")),
                    new Terms(FR, "a-propos", List.of("migration"), List.of()),
                    new Terms(EN, "about-us", List.of("migration"), List.of("Dakar")))
                .forEach(this::classify));
  }

  private void classify(Terms terms) {
    long id = queries.idOf(terms.language(), new Slug(terms.slug())).orElseThrow();
    classification.classify(id, terms.themes(), List.of(), terms.tags(), Themes.SYSTEM);
  }
}
