package org.meridian.content;

/**
 * What an editor narrows the content list to ({@code null}: any): a type, a state, a language, a
 * theme (its code), a tag (its slug) and the author of the latest revision (an e-mail address).
 */
public record EditorFilter(
    ContentType type, State state, String language, String theme, String tag, String author) {

  public static final EditorFilter ALL = new EditorFilter(null, null, null);

  public EditorFilter(ContentType type, State state, String language) {
    this(type, state, language, null, null, null);
  }

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
