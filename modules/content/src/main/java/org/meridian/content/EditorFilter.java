package org.meridian.content;

/**
 * What an editor narrows the content list to: a type, a state and a language ({@code null}: any).
 */
public record EditorFilter(ContentType type, State state, String language) {

  public static final EditorFilter ALL = new EditorFilter(null, null, null);

  /** Where an item stands. */
  public enum State {
    /** Never published, or taken offline. */
    DRAFT,
    /** Live, and its latest revision is the live one. */
    LIVE,
    /** Live, and a newer revision waits. */
    CHANGED,
    /** Its review-by date has passed. */
    REVIEW_OVERDUE,
    /** A translation whose source's text changed since it was made or last confirmed. */
    TRANSLATION_OUTDATED,
    /** A translation up to date with its source. */
    TRANSLATION_CURRENT
  }
}
