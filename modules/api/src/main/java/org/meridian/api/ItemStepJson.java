package org.meridian.api;

import org.meridian.workflow.review.ItemTransitioned;

/** What a step did: {@code {"item": 12, "revision": 3, "step": "SUBMIT", "from": …, "to": …}}. */
public record ItemStepJson(long item, int revision, String step, String from, String to) {

  static ItemStepJson of(ItemTransitioned done) {
    return new ItemStepJson(
        done.itemId(),
        done.revisionNumber(),
        done.transition().name(),
        done.from().name(),
        done.to().name());
  }
}
