package org.meridian.workflow.review;

/**
 * Where an item stands, from what content records (which revision is latest, which is live) and
 * what the workflow stored for one revision. A stored review state holds only while its revision is
 * the latest: saving a new revision makes the item a draft again, with no step needed.
 */
public final class EditorialStates {

  private EditorialStates() {}

  /**
   * @param stored the state the workflow stored, or {@code null}
   * @param storedRevision the revision that state was stored for
   * @param latestRevision the item's latest revision
   * @param liveRevision the item's live revision, or {@code null} when it is off the site
   */
  public static EditorialState effective(
      EditorialState stored, long storedRevision, long latestRevision, Long liveRevision) {
    boolean live = liveRevision != null;
    if (stored == EditorialState.ARCHIVED) {
      return EditorialState.ARCHIVED;
    }
    if (stored != null && storedRevision == latestRevision) {
      switch (stored) {
        case IN_REVIEW, CHANGES_REQUESTED, APPROVED:
          return stored;
        case UNPUBLISHED:
          if (!live) {
            return stored;
          }
          break;
        default:
          break;
      }
    }
    return live && liveRevision == latestRevision ? EditorialState.PUBLISHED : EditorialState.DRAFT;
  }
}
