package org.meridian.content.quality;

import java.util.List;
import java.util.Objects;
import org.meridian.tenancy.office.LanguageTag;
import org.meridian.tenancy.office.OfficeCode;

/**
 * What the checks need to know besides the body: whose site it is (which links are internal), the
 * body's language (which words are vague link text), what the links may lead to and the alt texts
 * the media library gives the body's images in that language.
 */
public record BodyContext(
    OfficeCode office,
    List<LanguageTag> languages,
    String language,
    LinkTargets links,
    LibraryAlts libraryAlts) {

  public BodyContext {
    Objects.requireNonNull(office, "office");
    languages = List.copyOf(languages);
    language = language == null ? "" : language;
    Objects.requireNonNull(links, "links");
    libraryAlts = libraryAlts == null ? LibraryAlts.NONE : libraryAlts;
  }

  /** A context whose images must all carry their own alt text. */
  public BodyContext(
      OfficeCode office, List<LanguageTag> languages, String language, LinkTargets links) {
    this(office, languages, language, links, LibraryAlts.NONE);
  }
}
