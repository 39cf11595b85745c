package org.meridian.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.meridian.content.ContentType;
import org.meridian.content.LiveItem;
import org.meridian.content.LiveItemWithBody;
import org.meridian.content.taxonomy.ItemTerms;
import org.meridian.content.taxonomy.LivePage;
import org.meridian.content.taxonomy.TagLabel;
import org.meridian.content.taxonomy.ThemeLabel;
import org.meridian.content.taxonomy.ThemeUse;
import org.meridian.tenancy.office.AccentColour;
import org.meridian.tenancy.office.LanguageTag;
import org.meridian.tenancy.office.OfficeCode;
import org.meridian.tenancy.office.OfficeContact;
import org.meridian.tenancy.office.OfficeRef;
import org.meridian.tenancy.office.OfficeStatus;
import org.meridian.tenancy.office.OfficeType;

class TaxonomyPagesTest {

  private static final OfficeRef SENEGAL =
      new OfficeRef(
          9L,
          new OfficeCode("senegal"),
          OfficeType.COUNTRY,
          OfficeStatus.ACTIVE,
          new LanguageTag("fr"),
          List.of(new LanguageTag("fr"), new LanguageTag("en")),
          ZoneId.of("Africa/Dakar"),
          Map.of("fr", "Meridian au Sénégal", "en", "Meridian in Senegal"),
          null,
          AccentColour.DEFAULT,
          new OfficeContact(null, null, null),
          Map.of(),
          false,
          null);

  private static SitePages.Context site(String language) {
    return new SitePages.Context(
        SENEGAL, new LanguageTag(language), "/senegal", "https://sites.example.org");
  }

  private static LiveItem item(long id, String slug) {
    Instant when = Instant.parse("2026-01-01T10:00:00Z").plusSeconds(id);
    return new LiveItem(id, ContentType.NEWS, "fr", slug, "Titre " + id, "Résumé", when, when);
  }

  private static final ThemeLabel YOUTH =
      new ThemeLabel("youth", "Jeunesse et compétences", "jeunesse-et-competences");

  @Test
  void aThemePageHasItsHeadingInThePageLanguageAndListsTheItems() {
    Document page =
        Jsoup.parse(
            TaxonomyPages.themePage(
                site("fr"),
                List.of(),
                YOUTH,
                new LivePage(List.of(item(1, "forum"), item(2, "atelier")), 1, 1, 2)));

    assertThat(page.selectFirst("h1").text()).isEqualTo("Thème : Jeunesse et compétences");
    assertThat(page.select("main ul.news a").eachAttr("href"))
        .containsExactly("/senegal/fr/forum", "/senegal/fr/atelier");
    assertThat(page.selectFirst("link[rel=canonical]").attr("href"))
        .isEqualTo("https://sites.example.org/senegal/fr/themes/jeunesse-et-competences");
    assertThat(page.select("link[rel=prev], link[rel=next], nav.pager")).isEmpty();
  }

  @Test
  void aMiddlePageLinksToBothNeighboursInHeadAndBody() {
    Document page =
        Jsoup.parse(
            TaxonomyPages.themePage(
                site("en"), List.of(), YOUTH, new LivePage(List.of(item(1, "a")), 2, 3, 41)));

    String base = "https://sites.example.org/senegal/en/themes/jeunesse-et-competences";
    assertThat(page.selectFirst("link[rel=canonical]").attr("href")).isEqualTo(base + "?page=2");
    assertThat(page.selectFirst("link[rel=prev]").attr("href")).isEqualTo(base);
    assertThat(page.selectFirst("link[rel=next]").attr("href")).isEqualTo(base + "?page=3");
    assertThat(page.selectFirst("nav.pager a[rel=prev]").attr("href"))
        .isEqualTo("/senegal/en/themes/jeunesse-et-competences");
    assertThat(page.selectFirst("nav.pager a[rel=next]").attr("href"))
        .isEqualTo("/senegal/en/themes/jeunesse-et-competences?page=3");
    assertThat(page.select("nav.pager").text()).contains("Page 2 of 3");
    assertThat(page.title()).contains("Page 2 of 3");
  }

  @Test
  void anEmptyTagPageSaysSoInTheOfficesLanguage() {
    Document page =
        Jsoup.parse(
            TaxonomyPages.tagPage(
                site("fr"),
                List.of(),
                new TagLabel(4, "Thiès", "thies"),
                new LivePage(List.of(), 1, 1, 0)));

    assertThat(page.selectFirst("h1").text()).isEqualTo("Mot-clé : Thiès");
    assertThat(page.select("main").text()).contains("Rien n’a encore été publié ici.");
  }

  @Test
  void namesAreEscaped() {
    Document page =
        Jsoup.parse(
            TaxonomyPages.tagPage(
                site("en"),
                List.of(),
                new TagLabel(4, "<script>x()</script>", "x"),
                new LivePage(List.of(), 1, 1, 0)));
    assertThat(page.html()).doesNotContain("<script>x()");
    assertThat(page.selectFirst("h1").text()).isEqualTo("Tag: <script>x()</script>");
  }

  @Test
  void theThemesIndexLinksEachThemeInUse() {
    Document page =
        Jsoup.parse(
            TaxonomyPages.themeIndex(site("fr"), List.of(), List.of(new ThemeUse(YOUTH, 3))));
    assertThat(page.selectFirst("h1").text()).isEqualTo("Thèmes");
    assertThat(page.select("ul.themes a").eachAttr("href"))
        .containsExactly("/senegal/fr/themes/jeunesse-et-competences");
    assertThat(page.select("ul.themes li").text()).contains("(3)");
  }

  @Test
  void anItemPageLinksItsThemesAndTags() {
    Document page =
        Jsoup.parse(
            ItemPages.html(
                ItemPages.view(
                    site("fr"),
                    List.of(),
                    new LiveItemWithBody(item(1, "forum"), "<p>Body</p>"),
                    Map.of(),
                    java.time.LocalDate.now(),
                    Map.of(),
                    new ItemTerms(List.of(YOUTH), List.of(new TagLabel(4, "Thiès", "thies"))),
                    java.util.Optional.empty(),
                    PublicationFiles.NONE,
                    ItemPages.ItemExtras.NONE)));
    assertThat(page.select("article nav.terms a").eachAttr("href"))
        .containsExactly("/senegal/fr/themes/jeunesse-et-competences", "/senegal/fr/tags/thies");
    assertThat(page.selectFirst("article nav.terms a[rel=tag]").text()).isEqualTo("Thiès");
  }

  @Test
  void anItemWithoutThemesOrTagsHasNoTermsBlock() {
    Document page =
        Jsoup.parse(
            ItemPages.html(
                ItemPages.view(
                    site("fr"),
                    List.of(),
                    new LiveItemWithBody(item(1, "forum"), "<p>Body</p>"),
                    Map.of(),
                    java.time.LocalDate.now(),
                    Map.of(),
                    ItemTerms.NONE,
                    java.util.Optional.empty(),
                    PublicationFiles.NONE,
                    ItemPages.ItemExtras.NONE)));
    assertThat(page.select("nav.terms")).isEmpty();
  }
}
