package org.meridian.content.quality;

import java.util.Optional;

/**
 * The alt text the media library gives an image of a body ({@code figure[data-media]}) in the
 * body's language, else its default one; {@code ""} for an image marked decorative; empty when the
 * library has no such image. A body image without an alt text of its own shows the library's.
 */
@FunctionalInterface
public interface LibraryAlts {

  /** A library that knows no image: every body image must carry its own alt text. */
  LibraryAlts NONE = mediaId -> Optional.empty();

  Optional<String> altOf(long mediaId);
}
