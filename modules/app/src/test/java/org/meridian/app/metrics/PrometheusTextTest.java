package org.meridian.app.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PrometheusTextTest {

  @Test
  void aHistogramIsCumulativeWithItsSumAndCount() {
    LatencyHistogram histogram = new LatencyHistogram();
    histogram.record(500_000); // 0.5 ms
    histogram.record(3_000_000); // 3 ms
    histogram.record(20_000_000_000L); // 20 s: only +Inf
    PrometheusText text = new PrometheusText();
    text.histogram("h", histogram, "office", "gambia", "kind", "api");
    assertThat(text.toString())
        .contains("h_bucket{office=\"gambia\",kind=\"api\",le=\"0.001\"} 1\n")
        .contains("h_bucket{office=\"gambia\",kind=\"api\",le=\"0.005\"} 2\n")
        .contains("h_bucket{office=\"gambia\",kind=\"api\",le=\"10\"} 2\n")
        .contains("h_bucket{office=\"gambia\",kind=\"api\",le=\"+Inf\"} 3\n")
        .contains("h_sum{office=\"gambia\",kind=\"api\"} 20.0035\n")
        .contains("h_count{office=\"gambia\",kind=\"api\"} 3\n");
  }

  @Test
  void labelValuesAreEscaped() {
    PrometheusText text = new PrometheusText();
    text.gauge("g", "help", 1, "version", "a\"b\\c\nd");
    assertThat(text.toString()).contains("g{version=\"a\\\"b\\\\c\\nd\"} 1\n");
  }

  @ParameterizedTest
  @CsvSource({
    "127.0.0.1, '', true",
    "::1, '', true",
    "0:0:0:0:0:0:0:1, '', true",
    "10.0.0.7, '', false",
    "10.0.0.7, '10.0.0.6, 10.0.0.7', true",
    "10.0.0.70, '10.0.0.7', false"
  })
  void onlyThisMachineAndTheNamedAddressesMayRead(String remote, String allowed, boolean may) {
    assertThat(MetricsServlet.mayRead(remote, allowed)).isEqualTo(may);
  }
}
