package org.meridian.workflow.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class HealthColumnTest {

  private static OfficeHealth row(
      String code, String region, Instant lastPublished, long broken, Instant waitingSince) {
    return new OfficeHealth(
        code,
        code,
        "COUNTRY",
        "ACTIVE",
        region,
        10,
        8,
        2,
        lastPublished,
        1,
        0,
        0,
        broken,
        0,
        waitingSince == null ? 0 : 1,
        waitingSince,
        0);
  }

  private final OfficeHealth gambia =
      row("gambia", "west-africa", Instant.parse("2026-11-01T00:00:00Z"), 3, null);
  private final OfficeHealth senegal =
      row("senegal", "west-africa", null, 0, Instant.parse("2026-11-20T00:00:00Z"));
  private final OfficeHealth peru =
      row(
          "peru",
          "",
          Instant.parse("2026-10-01T00:00:00Z"),
          1,
          Instant.parse("2026-11-02T00:00:00Z"));

  private List<String> sorted(HealthColumn column) {
    return List.of(gambia, senegal, peru).stream()
        .sorted(column.order())
        .map(OfficeHealth::code)
        .toList();
  }

  @Test
  void countsSortLargestFirstAndTimesOldestFirst() {
    assertThat(sorted(HealthColumn.BROKEN_LINKS)).containsExactly("gambia", "peru", "senegal");
    assertThat(sorted(HealthColumn.LAST_PUBLISHED)).containsExactly("senegal", "peru", "gambia");
    assertThat(sorted(HealthColumn.WAITING_SINCE)).containsExactly("peru", "senegal", "gambia");
    assertThat(sorted(HealthColumn.PROBLEMS)).containsExactly("gambia", "peru", "senegal");
    assertThat(sorted(HealthColumn.REGION)).containsExactly("peru", "gambia", "senegal");
  }

  @Test
  void urlNamesRoundTripAndAnythingElseSortsByProblems() {
    for (HealthColumn column : HealthColumn.values()) {
      assertThat(HealthColumn.named(column.urlName())).isEqualTo(column);
    }
    assertThat(HealthColumn.named("<script>")).isEqualTo(HealthColumn.PROBLEMS);
    assertThat(HealthColumn.named(null)).isEqualTo(HealthColumn.PROBLEMS);
  }

  @Test
  void theCsvHasAHeaderAndALinePerOfficeSafeForSpreadsheets() {
    StringWriter out = new StringWriter();
    OfficeHealth formula =
        new OfficeHealth(
            "x", "=cmd()", "COUNTRY", "ACTIVE", "", 0, 0, 0, null, 0, 0, 0, 0, 0, 0, null, 0);

    HealthCsv.write(List.of(gambia, formula), out);

    String[] lines = out.toString().split("\r\n");
    assertThat(lines).hasSize(3);
    assertThat(lines[0]).startsWith("office,name,type,status,region,");
    assertThat(lines[1])
        .startsWith("gambia,gambia,COUNTRY,ACTIVE,west-africa,10,8,2026-11-01T00:00:00Z,1,0,0,3,");
    assertThat(lines[2]).startsWith("x,'=cmd(),");
  }
}
