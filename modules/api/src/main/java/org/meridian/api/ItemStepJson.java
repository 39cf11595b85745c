package org.meridian.api;

import java.util.List;
import org.meridian.content.quality.Finding;
import org.meridian.workflow.review.ItemTransitioned;

/**
 * What a step did: {@code {"item": 12, "revision": 3, "step": "SUBMIT", "from": …, "to": …,
 * "findings": […]}}; {@code findings} are what the quality checks found in the text at a submit or
 * publish that the office's gate let through (it warns), empty otherwise.
 */
public record ItemStepJson(
    long item, int revision, String step, String from, String to, List<FindingJson> findings) {

  static ItemStepJson of(ItemTransitioned done) {
    return of(done, List.of());
  }

  static ItemStepJson of(ItemTransitioned done, List<Finding> findings) {
    return new ItemStepJson(
        done.itemId(),
        done.revisionNumber(),
        done.transition().name(),
        done.from().name(),
        done.to().name(),
        FindingJson.of(findings));
  }
}
