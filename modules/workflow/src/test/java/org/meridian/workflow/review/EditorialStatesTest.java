package org.meridian.workflow.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.meridian.workflow.review.EditorialState.*;

import org.junit.jupiter.api.Test;

class EditorialStatesTest {

  @Test
  void withoutAStoredStateContentTells() {
    assertThat(EditorialStates.effective(null, 0, 5, null)).isEqualTo(DRAFT);
    assertThat(EditorialStates.effective(null, 0, 5, 5L)).isEqualTo(PUBLISHED);
    assertThat(EditorialStates.effective(null, 0, 6, 5L))
        .as("live with a newer draft")
        .isEqualTo(DRAFT);
  }

  @Test
  void aReviewStateHoldsForItsRevisionOnly() {
    assertThat(EditorialStates.effective(IN_REVIEW, 5, 5, null)).isEqualTo(IN_REVIEW);
    assertThat(EditorialStates.effective(APPROVED, 5, 5, 4L)).isEqualTo(APPROVED);
    assertThat(EditorialStates.effective(CHANGES_REQUESTED, 5, 5, null))
        .isEqualTo(CHANGES_REQUESTED);
    assertThat(EditorialStates.effective(APPROVED, 5, 6, null)).as("saved since").isEqualTo(DRAFT);
    assertThat(EditorialStates.effective(IN_REVIEW, 5, 6, 5L)).isEqualTo(DRAFT);
  }

  @Test
  void unpublishedHoldsWhileOffTheSite() {
    assertThat(EditorialStates.effective(UNPUBLISHED, 5, 5, null)).isEqualTo(UNPUBLISHED);
    assertThat(EditorialStates.effective(UNPUBLISHED, 5, 5, 5L))
        .as("published again by a schedule")
        .isEqualTo(PUBLISHED);
    assertThat(EditorialStates.effective(UNPUBLISHED, 5, 6, null)).isEqualTo(DRAFT);
  }

  @Test
  void archivedHoldsWhateverIsSaved() {
    assertThat(EditorialStates.effective(ARCHIVED, 5, 7, null)).isEqualTo(ARCHIVED);
  }

  @Test
  void aStoredPublishedOrDraftDefersToContent() {
    assertThat(EditorialStates.effective(PUBLISHED, 5, 5, null)).isEqualTo(DRAFT);
    assertThat(EditorialStates.effective(DRAFT, 5, 5, 5L)).isEqualTo(PUBLISHED);
  }
}
