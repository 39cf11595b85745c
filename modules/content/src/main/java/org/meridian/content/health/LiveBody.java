package org.meridian.content.health;

import java.util.Objects;
import org.meridian.content.CommonFields;

/**
 * A live item as the health checks read it: its live revision's title, body and hero image, and the
 * item it translates ({@code sourceId}, {@code null}: none). Read per office by {@link
 * ContentHealth}, or for every office at once by HQ's network overview.
 */
public record LiveBody(
    long itemId,
    String language,
    String slug,
    Long sourceId,
    String title,
    String body,
    CommonFields common) {

  public LiveBody {
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(slug, "slug");
    title = title == null ? "" : title;
    body = body == null ? "" : body;
    common = common == null ? CommonFields.NONE : common;
  }
}
