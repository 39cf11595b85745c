package org.meridian.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The news list's filters: what a request may ask for, and the addresses of filtered pages. */
class NewsPagesTest {

  @Test
  void absentOrEmptyFiltersMeanAny() {
    assertThat(NewsPages.parse(null, null, null)).contains(NewsPages.Filters.NONE);
    assertThat(NewsPages.parse("", "", "")).contains(NewsPages.Filters.NONE);
  }

  @Test
  void wellFormedFiltersAreRead() {
    assertThat(NewsPages.parse("2026", "migration", "press-release"))
        .contains(new NewsPages.Filters(2026, "migration", "press-release"));
  }

  @ParameterizedTest
  @CsvSource(
      value = {
        "26,,",
        "20266,,",
        "2O26,,",
        "-2026,,",
        ",<b>,",
        ",MIGRATION,",
        ",a b,",
        ",,rumour",
        ",,Story"
      })
  void anythingElseIsRefused(String year, String theme, String kind) {
    assertThat(NewsPages.parse(year, theme, kind)).isEmpty();
  }

  @Test
  void theQueryKeepsTheFiltersAndThePage() {
    NewsPages.Filters filters = new NewsPages.Filters(2026, null, "story");
    assertThat(filters.query(1)).isEqualTo("?year=2026&kind=story");
    assertThat(filters.query(3)).isEqualTo("?year=2026&kind=story&page=3");
    assertThat(NewsPages.Filters.NONE.query(1)).isEmpty();
    assertThat(NewsPages.Filters.NONE.query(2)).isEqualTo("?page=2");
  }

  @Test
  void aYearRunsFromNewYearToNewYearInTheOfficesTimeZone() {
    NewsPages.Filters filters = new NewsPages.Filters(2026, null, null);
    ZoneId tokyo = ZoneId.of("Asia/Tokyo");
    assertThat(filters.from(tokyo)).isEqualTo(Instant.parse("2025-12-31T15:00:00Z"));
    assertThat(filters.to(tokyo)).isEqualTo(Instant.parse("2026-12-31T15:00:00Z"));
    assertThat(NewsPages.Filters.NONE.from(tokyo)).isNull();
  }

  @Test
  void theYearsOfferedRunFromTheNewestNewsBackToTheOldest() {
    assertThat(
            NewsPages.years(
                Optional.of(
                    new Instant[] {
                      Instant.parse("2023-06-01T00:00:00Z"), Instant.parse("2026-01-01T00:30:00Z")
                    }),
                ZoneId.of("UTC")))
        .containsExactly(2026, 2025, 2024, 2023);
    // Half past midnight UTC on New Year's Day is still the old year an hour west.
    assertThat(
            NewsPages.years(
                Optional.of(
                    new Instant[] {
                      Instant.parse("2026-01-01T00:30:00Z"), Instant.parse("2026-01-01T00:30:00Z")
                    }),
                ZoneId.of("Atlantic/Cape_Verde")))
        .containsExactly(2025);
    assertThat(NewsPages.years(Optional.empty(), ZoneId.of("UTC"))).isEmpty();
  }
}
