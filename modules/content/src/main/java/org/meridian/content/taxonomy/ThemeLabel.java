package org.meridian.content.taxonomy;

import org.meridian.tenancy.office.LanguageTag;

/** A theme as a page in one language shows it: its code, its name and its address there. */
public record ThemeLabel(String code, String name, String slug) implements java.io.Serializable {

  static ThemeLabel of(Theme theme, LanguageTag language) {
    return new ThemeLabel(theme.code().value(), theme.name(language), theme.slug(language).value());
  }
}
