package org.meridian.content.translation;

import java.util.List;
import java.util.Optional;
import org.meridian.tenancy.office.LanguageTag;

/**
 * An item and its translations: the source first, then every other language of the office, each
 * translated (up to date or outdated) or missing.
 */
public record TranslationSet(
    long sourceItemId, int sourceLatestRevision, List<LanguageVersion> languages)
    implements java.io.Serializable {

  public TranslationSet {
    languages = List.copyOf(languages);
  }

  public LanguageVersion source() {
    return languages.get(0);
  }

  public Optional<LanguageVersion> in(LanguageTag language) {
    return languages.stream().filter(v -> v.language().equals(language)).findFirst();
  }

  /** The languages of the office that have no translation yet. */
  public List<LanguageVersion> missing() {
    return languages.stream().filter(LanguageVersion::isMissing).toList();
  }
}
