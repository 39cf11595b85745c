package org.meridian.api;

import java.util.List;

/** Every item of one office, for its token holders. */
public record OfficeItemsPage(String office, List<ItemJson> items) {}
