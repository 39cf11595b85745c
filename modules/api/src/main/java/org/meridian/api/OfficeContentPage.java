package org.meridian.api;

import java.util.List;

/** One office's live content in one language. */
public record OfficeContentPage(String office, String language, List<ContentJson> items) {}
