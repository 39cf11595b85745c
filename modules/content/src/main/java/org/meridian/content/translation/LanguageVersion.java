package org.meridian.content.translation;

import java.time.Instant;
import org.meridian.tenancy.office.LanguageTag;

/**
 * One language of a translation set: the item in that language and where it stands, or {@link
 * TranslationState#MISSING} with no item.
 *
 * @param sourceRevision for a translation, the source's revision it was made from or last checked
 *     against; for the source, its latest revision; {@code null} when missing
 */
public record LanguageVersion(
    LanguageTag language,
    TranslationState state,
    Long itemId,
    String title,
    String slug,
    boolean live,
    Integer sourceRevision,
    Instant outdatedSince,
    String checkedBy,
    Instant checkedAt)
    implements java.io.Serializable {

  static LanguageVersion missing(LanguageTag language) {
    return new LanguageVersion(
        language, TranslationState.MISSING, null, null, null, false, null, null, null, null);
  }

  public boolean isMissing() {
    return state == TranslationState.MISSING;
  }

  public boolean isOutdated() {
    return state == TranslationState.OUTDATED;
  }

  public boolean isSource() {
    return state == TranslationState.SOURCE;
  }
}
