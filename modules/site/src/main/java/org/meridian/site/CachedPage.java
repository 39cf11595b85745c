package org.meridian.site;

import java.time.Instant;

/** A rendered public page: its bytes, entity tag and when it was rendered. */
record CachedPage(byte[] body, String etag, Instant renderedAt) {}
