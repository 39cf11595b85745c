package org.meridian.api;

import java.net.URI;
import java.util.List;

/**
 * One page of an office's items, for its token holders: {@code total} items in {@code pages} pages
 * of {@code size}; {@code next} and {@code prev} are the addresses of the neighbouring pages
 * ({@code null} at either end).
 */
public record OfficeItemsPage(
    String office,
    int page,
    int size,
    long total,
    long pages,
    URI next,
    URI prev,
    List<ItemJson> items) {}
