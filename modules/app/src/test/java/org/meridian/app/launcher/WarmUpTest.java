package org.meridian.app.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The warm-up's one log line: what it cost, the slowest pages, and what failed. */
class WarmUpTest {

  @Test
  void aWarmUpThatRenderedEveryPageSaysSoWithItsSlowestThree() {
    String line =
        WarmUp.line(
            List.of(
                new WarmUp.Rendered("/", 200, 40),
                new WarmUp.Rendered("/hq/en/", 200, 700),
                new WarmUp.Rendered("/hq/en/news", 200, 350),
                new WarmUp.Rendered("/hq/en/missing", 404, 90),
                new WarmUp.Rendered("/hq/en/feed.atom", 200, 120)),
            1400);
    assertThat(line)
        .isEqualTo(
            "Warmed up before taking visitors: 5 public pages rendered in 1400 ms (slowest:"
                + " /hq/en/ 700 ms, /hq/en/news 350 ms, /hq/en/feed.atom 120 ms); none failed");
  }

  @Test
  void pagesThatFailedOrDidNotAnswerAreNamedAndLeftForTheirFirstVisitor() {
    String line =
        WarmUp.line(
            List.of(
                new WarmUp.Rendered("/hq/en/", 500, 30),
                new WarmUp.Rendered("/hq/en/news", 0, 30000),
                new WarmUp.Rendered("/hq/en/events", 503, 10)),
            30040);
    assertThat(line)
        .endsWith(
            "; 3 failed, left for their first visitor: /hq/en/ 500, /hq/en/news no answer,"
                + " /hq/en/events 503");
  }

  @Test
  void withNothingToRenderTheLineSaysSo() {
    assertThat(WarmUp.line(List.of(), 0))
        .isEqualTo(
            "Warmed up before taking visitors: 0 public pages rendered in 0 ms (slowest: none);"
                + " none failed");
  }
}
