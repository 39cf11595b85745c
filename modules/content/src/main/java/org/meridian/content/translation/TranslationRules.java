package org.meridian.content.translation;

import java.util.Set;
import org.meridian.tenancy.Refusal;
import org.meridian.tenancy.office.LanguageTag;
import org.meridian.tenancy.office.OfficeRef;

/**
 * Which items may join a translation set: one source, and at most one translation per other
 * language the office publishes in, all of one office. Sets are flat: a translation never has
 * translations of its own (translating a translation translates its source). Across offices, a
 * shared copy is the source of its office's set: the office translates it into its languages, and
 * its translations become outdated when the copy follows a change of the original (see {@code
 * syndication.Copies}); a copy never becomes a translation of a local item.
 */
final class TranslationRules {

  /** What the rules need to know about an item. */
  record ItemFacts(
      long officeId, LanguageTag language, boolean translation, boolean source, boolean copy) {

    ItemFacts(long officeId, LanguageTag language, boolean translation, boolean source) {
      this(officeId, language, translation, source, false);
    }
  }

  private TranslationRules() {}

  /**
   * Refuses to make {@code item} a translation of {@code source} in {@code office}, whose set
   * already has translations into {@code translated}, with a message that says why.
   */
  static void checkLink(
      OfficeRef office, ItemFacts source, Set<LanguageTag> translated, ItemFacts item) {
    if (source.officeId() != office.id() || item.officeId() != office.id()) {
      throw new TranslationRefusedException(
          Refusal.of(
              "translation.same_office", "A translation belongs to the same office as its source"));
    }
    if (source.translation()) {
      throw new TranslationRefusedException(
          Refusal.of(
              "translation.source_is_translation",
              "The source is itself a translation: translate its source instead"));
    }
    if (!office.publishesIn(item.language())) {
      throw new TranslationRefusedException(
          Refusal.of(
              "content.office_0_not_in_1",
              "The office '{0}' does not publish in {1}",
              String.valueOf(office.code()),
              String.valueOf(item.language())));
    }
    if (item.language().equals(source.language())) {
      throw new TranslationRefusedException(
          Refusal.of(
              "translation.source_in_0_already",
              "The source is in {0} already: choose another language",
              String.valueOf(source.language())));
    }
    if (translated.contains(item.language())) {
      throw new TranslationRefusedException(
          Refusal.of(
              "translation.already_into_0",
              "The item already has a translation into {0}",
              String.valueOf(item.language())));
    }
    if (item.translation()) {
      throw new TranslationRefusedException(
          Refusal.of(
              "translation.already_a_translation",
              "The item is already a translation of another item"));
    }
    if (item.copy()) {
      throw new TranslationRefusedException(
          Refusal.of(
              "translation.copy_follows_source",
              "The item is a copy of an item another office shared: it follows its source and"
                  + " cannot become a translation of another item (translate the copy instead)"));
    }
    if (item.source()) {
      throw new TranslationRefusedException(
          Refusal.of(
              "translation.has_translations",
              "The item has translations of its own: it cannot become a translation"));
    }
  }
}
