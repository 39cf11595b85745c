package org.meridian.content.blueprint;

import org.meridian.tenancy.office.LanguageTag;

/**
 * The addresses of the network's standard sections that the public site treats specially: the
 * contact page, which shows the office's contact details and contact cards.
 */
public final class StandardSections {

  private StandardSections() {}

  /** The slug of the office's contact page in {@code language}, as the blueprint creates it. */
  public static String contactSlug(LanguageTag language) {
    return BlueprintWords.of(language, "contact").slug();
  }
}
