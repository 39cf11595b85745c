package org.meridian.api;

import java.util.List;

/**
 * One page of an office's live content in one language, as {@code GET /offices/{code}/content}
 * answers (built member by member there, so that {@code fields=} can narrow the items; this record
 * is its shape in the OpenAPI document). {@code next} and {@code prev} are {@code null} at either
 * end.
 */
public record OfficeContentPage(
    String office,
    String language,
    int page,
    int size,
    long total,
    long pages,
    String next,
    String prev,
    List<ContentJson> items) {}
