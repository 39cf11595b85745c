package org.meridian.content.translation;

import org.meridian.tenancy.office.LanguageTag;

/**
 * A translation next to its source, for translators: both latest texts, and what changed in the
 * source since the revision the translation was made from or last checked against.
 */
public record SideBySide(
    long sourceItemId,
    LanguageTag sourceLanguage,
    int sourceRevision,
    int sourceLatestRevision,
    Text source,
    long translationItemId,
    LanguageTag translationLanguage,
    boolean outdated,
    Text translation,
    TextChange titleChange,
    TextChange summaryChange,
    TextChange bodyChange)
    implements java.io.Serializable {

  /** The fields a translation follows; the body is sanitised rich text. */
  public record Text(String title, String summary, String body) implements java.io.Serializable {}

  /** Whether the source's text changed since the translation was made or last checked. */
  public boolean sourceChanged() {
    return titleChange.changed() || summaryChange.changed() || bodyChange.changed();
  }
}
