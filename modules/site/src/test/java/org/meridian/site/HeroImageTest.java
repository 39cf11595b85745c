package org.meridian.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.meridian.content.CommonFields;
import org.meridian.content.LiveItemWithBody;
import org.meridian.content.media.MediaDetails;
import org.meridian.content.media.MediaFormat;
import org.meridian.content.media.MediaItem;
import org.meridian.content.media.MediaKind;
import org.meridian.site.view.Image;

class HeroImageTest {

  private static MediaItem picture(MediaKind kind, MediaFormat format, String credit) {
    return new MediaItem(
        7,
        0,
        "gambia",
        false,
        kind,
        format,
        "river.jpg",
        new MediaDetails("River", "A river at dawn", false, "", credit),
        1000,
        1600,
        900,
        List.of(320, 640, 1024),
        "ed@example.org",
        Instant.EPOCH);
  }

  private static final org.meridian.site.SitePages.Context SITE =
      new SitePages.Context(
          new org.meridian.tenancy.office.OfficeRef(
              7L,
              new org.meridian.tenancy.office.OfficeCode("gambia"),
              org.meridian.tenancy.office.OfficeType.COUNTRY,
              org.meridian.tenancy.office.OfficeStatus.ACTIVE,
              new org.meridian.tenancy.office.LanguageTag("en"),
              List.of(new org.meridian.tenancy.office.LanguageTag("en")),
              java.time.ZoneId.of("Africa/Banjul"),
              java.util.Map.of("en", "Gambia"),
              null,
              org.meridian.tenancy.office.AccentColour.DEFAULT,
              new org.meridian.tenancy.office.OfficeContact(null, null, null),
              java.util.Map.of(),
              false,
              null),
          new org.meridian.tenancy.office.LanguageTag("en"),
          "/gambia");

  /** The hero as an item's page shows it: the page of a page with {@code common}. */
  private static String html(CommonFields common, Optional<MediaItem> image) {
    org.meridian.content.LiveItem page =
        new org.meridian.content.LiveItem(
            1L,
            org.meridian.content.ContentType.PAGE,
            "en",
            "about",
            "About",
            "",
            Instant.EPOCH,
            Instant.EPOCH,
            "about",
            common,
            null);
    String html =
        ItemPages.html(
            ItemPages.view(
                SITE,
                List.of(),
                new LiveItemWithBody(page, "<p>Body</p>"),
                java.util.Map.of(),
                java.time.LocalDate.of(2026, 3, 2),
                java.util.Map.of(),
                org.meridian.content.taxonomy.ItemTerms.NONE,
                image,
                PublicationFiles.NONE,
                ItemPages.ItemExtras.NONE));
    Element hero = Jsoup.parse(html).selectFirst("figure.hero");
    return hero == null ? "" : hero.outerHtml();
  }

  private static Element img(String html) {
    return Jsoup.parse(html).selectFirst("figure.hero img");
  }

  @Test
  void theHeroOffersEveryRenditionWithTheEditorsAltTextAndItsSize() {
    String html =
        html(
            new CommonFields(7L, "Boats on the <river>", false, "", null),
            Optional.of(picture(MediaKind.IMAGE, MediaFormat.JPEG, "Meridian")));

    Element img = img(html);
    assertThat(img.attr("alt")).isEqualTo("Boats on the <river>");
    assertThat(html).doesNotContain("<river>");
    assertThat(img.attr("srcset"))
        .contains("/media/gambia/7/w320/river.jpg 320w")
        .contains("/media/gambia/7/original/river.jpg 1600w");
    assertThat(img.attr("sizes")).isEqualTo(HeroImage.SIZES);
    assertThat(img.attr("width")).isEqualTo("1600");
    assertThat(img.attr("height")).isEqualTo("900");
    assertThat(Jsoup.parse(html).select("figcaption").text()).isEqualTo("Meridian");
  }

  @Test
  void aDecorativeHeroHasAnEmptyAltText() {
    Element img =
        img(
            html(
                new CommonFields(7L, "", true, "", null),
                Optional.of(picture(MediaKind.IMAGE, MediaFormat.JPEG, ""))));
    assertThat(img.hasAttr("alt")).isTrue();
    assertThat(img.attr("alt")).isEmpty();
  }

  @Test
  void noHeroAMissingFileOrADocumentShowsNothing() {
    assertThat(html(CommonFields.NONE, Optional.empty())).isEmpty();
    assertThat(html(new CommonFields(7L, "Gone", false, "", null), Optional.empty())).isEmpty();
    assertThat(
            html(
                new CommonFields(7L, "A report", false, "", null),
                Optional.of(picture(MediaKind.DOCUMENT, MediaFormat.PDF, ""))))
        .isEmpty();
  }

  /** 1600×900 with its hero cut (320, 640, 1024, 1600) and a French alt text. */
  private static MediaItem framed(org.meridian.content.media.Framing framing) {
    return new MediaItem(
        7,
        0,
        "gambia",
        false,
        MediaKind.IMAGE,
        MediaFormat.JPEG,
        "river.jpg",
        new MediaDetails("River", "A river at dawn", false, "", ""),
        1000,
        2000,
        1000,
        List.of(320, 640, 1024, 1600),
        "ed@example.org",
        Instant.EPOCH,
        framing,
        List.of(320, 640, 1024, 1600),
        1200,
        new org.meridian.content.media.AltTexts(java.util.Map.of("fr", "Un fleuve à l'aube")));
  }

  @Test
  void aFramedHeroShowsItsCutAroundTheFocalPoint() {
    Image hero =
        HeroImage.of(
            new CommonFields(7L, "Boats", false, "", null),
            Optional.of(framed(org.meridian.content.media.Framing.of(0, 20, 0, 0, 100, 100))),
            "en");

    assertThat(hero.src()).isEqualTo("/media/gambia/7/h320/river.jpg");
    assertThat(hero.srcset())
        .isEqualTo(
            "/media/gambia/7/h320/river.jpg 320w, /media/gambia/7/h640/river.jpg 640w,"
                + " /media/gambia/7/h1024/river.jpg 1024w, /media/gambia/7/h1600/river.jpg 1600w");
    assertThat(hero.width()).isEqualTo(1600);
    assertThat(hero.height()).isEqualTo(900);
    // the focus is at the cut's left edge and a fifth down: a square card keeps it in view
    assertThat(hero.focus()).isEqualTo("fx0 fy2");
    assertThat(hero.alt()).isEqualTo("Boats");
  }

  @Test
  void aHeroWithoutItsOwnAltTextTakesTheLibrarysInTheItemsLanguage() {
    Optional<MediaItem> river = Optional.of(framed(org.meridian.content.media.Framing.WHOLE));
    CommonFields noAlt = new CommonFields(7L, "", false, "", null);

    assertThat(HeroImage.of(noAlt, river, "fr").alt()).isEqualTo("Un fleuve à l'aube");
    assertThat(HeroImage.of(noAlt, river, "ar").alt()).isEqualTo("A river at dawn");
    assertThat(HeroImage.of(noAlt, river, "en").focus()).isNull();
  }
}
