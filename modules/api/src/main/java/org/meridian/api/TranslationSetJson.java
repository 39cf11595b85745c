package org.meridian.api;

import java.time.Instant;
import java.util.List;
import org.meridian.content.translation.TranslationSet;
import org.meridian.content.translation.TranslationState;

/**
 * An item's translation set: its source first, then every language of the office, each {@code
 * SOURCE}, {@code UP_TO_DATE}, {@code OUTDATED} or {@code MISSING} (no {@code itemId} then).
 */
public record TranslationSetJson(long sourceItemId, List<LanguageJson> languages) {

  /** One language of the set. */
  public record LanguageJson(
      String language,
      TranslationState state,
      Long itemId,
      String title,
      String slug,
      boolean live,
      Instant outdatedSince) {}

  static TranslationSetJson of(TranslationSet set) {
    return new TranslationSetJson(
        set.sourceItemId(),
        set.languages().stream()
            .map(
                v ->
                    new LanguageJson(
                        v.language().value(),
                        v.state(),
                        v.itemId(),
                        v.title(),
                        v.slug(),
                        v.live(),
                        v.outdatedSince()))
            .toList());
  }
}
