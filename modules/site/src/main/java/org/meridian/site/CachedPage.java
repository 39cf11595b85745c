package org.meridian.site;

import java.time.Instant;

/** A rendered public response: its bytes, media type, entity tag and when it was rendered. */
record CachedPage(byte[] body, String contentType, String etag, Instant renderedAt) {

  static final String HTML = "text/html;charset=UTF-8";
}
