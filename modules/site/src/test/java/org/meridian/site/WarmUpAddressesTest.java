package org.meridian.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The warm-up's addresses reach every kind of page they are meant to (WarmUpAddresses). */
class WarmUpAddressesTest {

  @Test
  void anOfficesAddressesAreEachOfItsKindsOfPageOnce() {
    List<String> addresses = WarmUpAddresses.lists("gambia", "en");
    assertThat(addresses).allSatisfy(address -> assertThat(address).startsWith("/gambia/"));
    List<SiteRoute> routes =
        addresses.stream()
            .map(address -> SiteRoute.parse(address.substring("/gambia".length()), name -> null))
            .toList();
    assertThat(routes)
        .containsExactly(
            new SiteRoute.Home("en"),
            new SiteRoute.News("en", 1, Optional.of(NewsPages.Filters.NONE)),
            new SiteRoute.Events("en", false, 1),
            new SiteRoute.Events("en", true, 1),
            new SiteRoute.Publications("en", 1),
            new SiteRoute.Themes("en"),
            new SiteRoute.Feed("en", false),
            new SiteRoute.Feed("en", true),
            new SiteRoute.Sitemap(),
            new SiteRoute.Item("en", List.of("meridian-warm-up-page-not-found")));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      nullValues = "-",
      value = {
        "Ministers meet in Banjul | Ministers",
        "A new school in Ziguinchor | school",
        "Élections: le 12 mai | Élections",
        "On 12 May | -",
        "'' | -",
      })
  void aSearchWordIsATitlesFirstWordOfFourLettersOrMore(String title, String word) {
    assertThat(WarmUpAddresses.firstWord(title)).isEqualTo(Optional.ofNullable(word));
  }
}
