package org.meridian.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** {@code /metrics}: Meridian's own figures in Prometheus' text format, read from this machine. */
@ExtendWith(MeridianServer.class)
@Tag("embedded-db")
class MetricsIT {

  private static String metrics() {
    HttpResponse<String> response = new Browser(MeridianServer.server()).get("/metrics");
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("text/plain; version=0.0.4"));
    return response.body();
  }

  private static double sample(String text, String series) {
    Matcher m = Pattern.compile("(?m)^" + Pattern.quote(series) + " ([0-9.eE+-]+)$").matcher(text);
    assertThat(m.find()).as("a sample of %s in:%n%s", series, text).isTrue();
    return Double.parseDouble(m.group(1));
  }

  @Test
  void publicPagesAreCountedByOfficeAndWhetherTheCacheAnswered() {
    Browser visitor = new Browser(MeridianServer.server());
    visitor.get("/senegal/fr/");
    visitor.get("/senegal/fr/");
    String text = metrics();
    assertThat(
            sample(
                text,
                "meridian_request_duration_seconds_count{office=\"senegal\",kind=\"page-cache-hit\"}"))
        .isGreaterThanOrEqualTo(1);
    assertThat(text)
        .contains("# TYPE meridian_request_duration_seconds histogram")
        .containsPattern(
            "meridian_request_duration_seconds_bucket\\{office=\"senegal\",kind=\"page-cache-hit\","
                + "le=\"\\+Inf\"\\} \\d+")
        .contains("meridian_build_info{version=\"")
        .contains("meridian_page_cache_hit_ratio ")
        .contains("meridian_fanout_waiting ")
        .contains("meridian_outbox_waiting ")
        .contains("meridian_scheduled_changes_total ");
    assertThat(sample(text, "meridian_page_cache_pages")).isGreaterThanOrEqualTo(1);
    assertThat(sample(text, "meridian_db_connections_acquired_total")).isGreaterThan(0);
    assertThat(sample(text, "meridian_db_connections_in_use")).isBetween(0.0, 32.0);
  }

  @Test
  void aRefusedSignInIsCounted() {
    double before = sample(metrics(), "meridian_signin_failures_total");
    SignIn.as(
        new Browser(MeridianServer.server()),
        "nobody-" + System.nanoTime() + "@meridian.example.org",
        "not-the-password",
        // 198.18.0.0/15 (benchmarking) is used by no other test, so no other test's throttle
        // can pause this address and leave the failure uncounted.
        "198.18." + (int) (System.nanoTime() % 250) + "." + (1 + (int) (System.nanoTime() % 250)));
    assertThat(sample(metrics(), "meridian_signin_failures_total")).isEqualTo(before + 1);
  }

  @Test
  void madeUpAddressesAddNoSeries() {
    new Browser(MeridianServer.server()).get("/api/v1/offices/no-such-office-" + System.nanoTime());
    assertThat(metrics()).doesNotContain("office=\"no-such-office");
  }
}
