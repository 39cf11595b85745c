package org.meridian.content.search;

import java.util.Objects;
import org.meridian.tenancy.office.LanguageTag;

/**
 * The searchable text of one revision of an item, as the index keeps it: title, summary and the
 * body's words without markup.
 */
public record IndexedDocument(
    long officeId,
    long itemId,
    Variant variant,
    LanguageTag language,
    int revision,
    String title,
    String summary,
    String body) {

  public IndexedDocument {
    Objects.requireNonNull(variant, "variant");
    Objects.requireNonNull(language, "language");
    title = Objects.requireNonNullElse(title, "");
    summary = Objects.requireNonNullElse(summary, "");
    body = Objects.requireNonNullElse(body, "");
  }
}
