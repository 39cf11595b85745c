package org.meridian.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.util.List;
import java.util.stream.Collectors;
import org.openqa.selenium.WebDriver;

/** axe-core's check of a page in the browser, as the accessibility tests run it. */
final class Axe {

  private Axe() {}

  static final List<String> WCAG = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

  /**
   * The public pages are held to axe-core's best practices as well (every content in a landmark,
   * one main, headings in order…): what a person running axe on them sees, and Lighthouse's
   * accessibility audit draws on the same rules.
   */
  static final List<String> PUBLIC =
      List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice");

  /** Runs axe-core with {@code tags} on the page the browser shows; fails on any violation. */
  static void assertNoViolations(WebDriver browser, String page, List<String> tags) {
    Results results =
        new AxeBuilder()
            .withTags(tags)
            // axe.run in the page itself: the same rules, without the blank window that the
            // default mode opens to merge frames' results (Meridian's pages have no frames).
            .setLegacyMode(true)
            .analyze(browser);
    assertThat(results.getPasses()).as("axe-core ran its rules on %s", page).isNotEmpty();
    List<Rule> violations = results.getViolations();
    assertThat(violations)
        .as(
            "%s has accessibility violations:%n%s",
            page,
            violations.stream()
                .map(
                    v ->
                        v.getId()
                            + ": "
                            + v.getHelp()
                            + " at "
                            + v.getNodes().stream()
                                .map(n -> String.valueOf(n.getTarget()))
                                .collect(Collectors.joining(", ")))
                .collect(Collectors.joining("\n")))
        .isEmpty();
  }
}
