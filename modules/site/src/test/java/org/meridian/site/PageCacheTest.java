package org.meridian.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.meridian.content.LiveContentChanged;
import org.meridian.content.Slug;
import org.meridian.tenancy.office.AccentColour;
import org.meridian.tenancy.office.LanguageTag;
import org.meridian.tenancy.office.OfficeChanged;
import org.meridian.tenancy.office.OfficeCode;
import org.meridian.tenancy.office.OfficeContact;
import org.meridian.tenancy.office.OfficeRef;
import org.meridian.tenancy.office.OfficeStatus;
import org.meridian.tenancy.office.OfficeType;

class PageCacheTest {

  private static CachedPage page(String text) {
    return new CachedPage(
        text.getBytes(StandardCharsets.UTF_8), CachedPage.HTML, "\"" + text + "\"", Instant.now());
  }

  private static PageCache.Key key(String office, String path) {
    return new PageCache.Key(office, "/" + office, path);
  }

  private static OfficeRef gambia() {
    LanguageTag en = new LanguageTag("en");
    return new OfficeRef(
        1,
        new OfficeCode("gambia"),
        OfficeType.COUNTRY,
        OfficeStatus.SUSPENDED,
        en,
        java.util.List.of(en),
        java.time.ZoneId.of("UTC"),
        java.util.Map.of("en", "Gambia"),
        null,
        AccentColour.DEFAULT,
        new OfficeContact(null, null, null),
        java.util.Map.of(),
        false,
        null);
  }

  @Test
  void publishingInOneOfficeDropsThatOfficesPagesOnly() {
    PageCache cache = new PageCache(1);
    cache.put(key("gambia", "/en/"), page("gambia home"));
    cache.put(key("gambia", "/en/about-us"), page("gambia about"));
    cache.put(key("senegal", "/fr/"), page("senegal home"));

    cache.onLiveContentChanged(
        new LiveContentChanged(
            new OfficeCode("gambia"),
            1,
            new LanguageTag("en"),
            new Slug("about-us"),
            LiveContentChanged.Change.PUBLISHED,
            null,
            1,
            "editor@example.org"));

    assertThat(cache.get(key("gambia", "/en/"))).isEmpty();
    assertThat(cache.get(key("gambia", "/en/about-us"))).isEmpty();
    assertThat(cache.get(key("senegal", "/fr/"))).isPresent();
  }

  @Test
  void aChangedOfficeDropsItsPagesAndTheNetworkIndex() {
    PageCache cache = new PageCache(1);
    cache.put(new PageCache.Key("", "", "/"), page("offices"));
    cache.put(key("gambia", "/en/"), page("gambia home"));
    cache.put(key("senegal", "/fr/"), page("senegal home"));

    cache.onOfficeChanged(
        new OfficeChanged(gambia(), OfficeChanged.Change.SUSPENDED, OfficeStatus.ACTIVE, "hq"));

    assertThat(cache.get(new PageCache.Key("", "", "/"))).isEmpty();
    assertThat(cache.get(key("gambia", "/en/"))).isEmpty();
    assertThat(cache.get(key("senegal", "/fr/"))).isPresent();
  }

  @Test
  void theCacheIsBoundedByBytes() {
    PageCache cache = new PageCache(1);
    String big = "x".repeat(100 * 1024);
    for (int i = 0; i < 50; i++) {
      cache.put(key("gambia", "/en/page-" + i), page(big + i));
    }
    cache.cleanUp();
    assertThat(cache.size()).isLessThan(12);
  }

  @Test
  void classifyingAnItemOrChangingATagDropsThatOfficesPagesOnly() {
    PageCache cache = new PageCache(1);
    cache.put(key("gambia", "/en/themes/migration"), page("gambia theme"));
    cache.put(key("senegal", "/fr/themes/migration"), page("senegal theme"));

    cache.onTaxonomyChanged(
        new org.meridian.content.taxonomy.TaxonomyChanged(
            new OfficeCode("gambia"), "item 1 classified", "editor@example.org"));

    assertThat(cache.get(key("gambia", "/en/themes/migration"))).isEmpty();
    assertThat(cache.get(key("senegal", "/fr/themes/migration"))).isPresent();
  }

  @Test
  void renamingAThemeDropsEveryOfficesPages() {
    PageCache cache = new PageCache(1);
    cache.put(key("gambia", "/en/themes/migration"), page("gambia theme"));
    cache.put(key("senegal", "/fr/a-propos"), page("senegal page"));

    cache.onTaxonomyChanged(
        new org.meridian.content.taxonomy.TaxonomyChanged(
            null, "theme migration renamed in fr", "hq@example.org"));

    assertThat(cache.get(key("gambia", "/en/themes/migration"))).isEmpty();
    assertThat(cache.get(key("senegal", "/fr/a-propos"))).isEmpty();
  }

  @Test
  void pagesThatDependOnTheTimeAreRenderedAgainEveryPeriodAsConfigured() {
    assertThat(PageCache.eventsRefresh("300")).isEqualTo(java.time.Duration.ofMinutes(5));
    assertThat(PageCache.eventsRefresh("1")).isEqualTo(java.time.Duration.ofSeconds(1));
    for (String wrong : new String[] {"0", "3601", "five", ""}) {
      org.assertj.core.api.Assertions.assertThatThrownBy(() -> PageCache.eventsRefresh(wrong))
          .as(wrong)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining(
              "meridian.site.events-refresh-seconds must be a whole number from 1 to 3600");
    }
    java.time.Instant at = java.time.Instant.parse("2030-01-01T00:04:59Z");
    assertThat(ListingPages.period(at, java.time.Duration.ofMinutes(5)))
        .isNotEqualTo(ListingPages.period(at.plusSeconds(1), java.time.Duration.ofMinutes(5)));
    assertThat(ListingPages.period(at, java.time.Duration.ofSeconds(1)))
        .isNotEqualTo(ListingPages.period(at.plusSeconds(1), java.time.Duration.ofSeconds(1)));
  }
}
