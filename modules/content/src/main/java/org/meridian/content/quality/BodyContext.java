package org.meridian.content.quality;

import java.util.List;
import java.util.Objects;
import org.meridian.tenancy.office.LanguageTag;
import org.meridian.tenancy.office.OfficeCode;

/**
 * What the checks need to know besides the body: whose site it is (which links are internal), the
 * body's language (which words are vague link text) and what the links may lead to.
 */
public record BodyContext(
    OfficeCode office, List<LanguageTag> languages, String language, LinkTargets links) {

  public BodyContext {
    Objects.requireNonNull(office, "office");
    languages = List.copyOf(languages);
    language = language == null ? "" : language;
    Objects.requireNonNull(links, "links");
  }
}
