package org.meridian.content.health;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.meridian.content.CommonFields;
import org.meridian.content.quality.LibraryAlts;
import org.meridian.tenancy.office.AccentColour;
import org.meridian.tenancy.office.LanguageTag;
import org.meridian.tenancy.office.OfficeCode;
import org.meridian.tenancy.office.OfficeContact;
import org.meridian.tenancy.office.OfficeRef;
import org.meridian.tenancy.office.OfficeStatus;
import org.meridian.tenancy.office.OfficeType;

/**
 * The findings of an office's live items, as both the office's own health view and HQ's overview
 * count them. The Gambia publishes in English and French; its live items are 10 ({@code
 * en/about-us}) and the one under test (11, {@code en/story}); {@code en/old-name} redirects to a
 * live item. Its library gives image 1 an alt text in English, marks image 2 decorative and gives
 * image 3 none.
 */
class LiveBodyChecksTest {

  private static final LanguageTag EN = new LanguageTag("en");
  private static final LanguageTag FR = new LanguageTag("fr");

  private static final OfficeRef GAMBIA =
      new OfficeRef(
          8,
          new OfficeCode("gambia"),
          OfficeType.COUNTRY,
          OfficeStatus.ACTIVE,
          EN,
          List.of(EN, FR),
          ZoneId.of("Africa/Banjul"),
          Map.of("en", "Gambia"),
          null,
          AccentColour.DEFAULT,
          new OfficeContact(null, null, null),
          Map.of(),
          false,
          null);

  private static final LiveBody ABOUT =
      new LiveBody(10, "en", "about-us", null, "About us", "<p>About</p>", null);

  private static LibraryAlts library(String language) {
    return id ->
        switch ((int) id) {
          case 1 -> language.equals("en") ? Optional.of("Harbour") : Optional.empty();
          case 2 -> Optional.of("");
          default -> Optional.empty();
        };
  }

  private static LiveBodyChecks.Findings check(LiveBody... items) {
    List<LiveBody> live = new ArrayList<>(List.of(ABOUT));
    live.addAll(List.of(items));
    return LiveBodyChecks.check(
        GAMBIA,
        live,
        (language, slug) -> language.equals(EN) && slug.value().equals("old-name"),
        LiveBodyChecksTest::library);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          <p><a href="/gambia/en/about-us">us</a></p>                               | en | 0 | 0
          <p><a href="/gambia/en/nowhere">gone</a></p>                              | en | 1 | 0
          <p><a href="/gambia/en/old-name">moved</a></p>                            | en | 0 | 0
          <p><a href="/gambia/fr/about-us">no French page</a></p>                   | en | 1 | 0
          <p><a href="/gambia/de/about-us">not a language of the office</a></p>    | en | 1 | 0
          <p><a href="/senegal/en/nowhere">the site of another office</a></p>        | en | 0 | 0
          <p><a href="/gambia/en/news">a page of the site</a></p>                   | en | 0 | 0
          <p><a href="meridian:item/10" data-item="10">live item</a></p>            | en | 0 | 0
          <p><a href="meridian:item/99" data-item="99">not live here</a></p>        | en | 1 | 0
          <p><a href="/gambia/en/story">itself</a> <a href="/gambia/en/x">x</a></p> | en | 1 | 0
          <p><img src="/media/gambia/5/w640/a.jpg"></p>                              | en | 0 | 1
          <p><img src="/media/gambia/5/w640/a.jpg" alt=""></p>                       | en | 0 | 0
          <figure data-media="1"><img src="/media/gambia/1/w640/a.jpg"></figure>     | en | 0 | 0
          <figure data-media="1"><img src="/media/gambia/1/w640/a.jpg"></figure>     | fr | 0 | 1
          <figure data-media="2"><img src="/media/gambia/2/w640/b.jpg"></figure>     | fr | 0 | 0
          <figure data-media="3"><img src="/media/gambia/3/w640/c.jpg"></figure>     | en | 0 | 1
          """)
  void linksAndImagesOfALiveBody(String body, String language, int broken, int withoutAlt) {
    LiveBodyChecks.Findings found =
        check(new LiveBody(11, language, "story", null, "Story", body, null));

    assertThat(found.broken()).as(body).hasSize(broken);
    assertThat(found.imagesWithoutAlt()).as(body).isEqualTo(withoutAlt);
    found.broken().forEach(b -> assertThat(b.itemId()).isEqualTo(11));
  }

  @Test
  void aHeroWithoutAltTextCountsUnlessDecorative() {
    LiveBody plain =
        new LiveBody(11, "en", "a", null, "A", "", new CommonFields(5L, " ", false, "", null));
    LiveBody decorative =
        new LiveBody(12, "en", "b", null, "B", "", new CommonFields(6L, "", true, "", null));
    LiveBody described =
        new LiveBody(13, "en", "c", null, "C", "", new CommonFields(7L, "Boats", false, "", null));

    LiveBodyChecks.Findings found = check(plain, decorative, described);

    assertThat(found.withoutAlt())
        .singleElement()
        .isEqualTo(new MissingAlt("hero", 11L, null, "A", 1));
  }

  @Test
  void translationSetsMissingALanguageAreCountedByLanguage() {
    LiveBody french = new LiveBody(11, "fr", "a-propos", 10L, "À propos", "", null);
    LiveBody alone = new LiveBody(12, "en", "jobs", null, "Jobs", "", null);

    LiveBodyChecks.Findings found = check(french, alone);

    assertThat(found.missing())
        .singleElement()
        .isEqualTo(new MissingTranslation(12, "Jobs", "en", List.of("fr")));
    assertThat(found.missingTranslations()).isEqualTo(1);
    assertThat(check().missingTranslations()).as("about-us alone lacks French").isEqualTo(1);
  }
}
