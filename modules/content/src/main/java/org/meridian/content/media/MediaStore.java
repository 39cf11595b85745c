package org.meridian.content.media;

import java.util.Optional;

/**
 * Where the library keeps file bytes, by key ({@code 12/345/original}, {@code 12/345/w640}). The
 * database store is the default, so that several servers share one library; the file-system store
 * is the alternative ({@code meridian.media.store=database|filesystem}). Writes join the caller's
 * transaction: a rolled-back upload leaves no file behind, a rolled-back delete loses none.
 */
public interface MediaStore {

  /** Stores {@code bytes} under {@code key}, replacing what was there. */
  void put(String key, byte[] bytes);

  Optional<byte[]> get(String key);

  /** Forgets {@code key}; nothing happens when it is not there. */
  void delete(String key);

  /** Keys are a few path segments of lower-case letters, digits and hyphens. */
  static String requireValidKey(String key) {
    if (key == null || !key.matches("[a-z0-9-]+(/[a-z0-9-]+){0,5}") || key.length() > 200) {
      throw new IllegalArgumentException("Not a media store key: '" + key + "'");
    }
    return key;
  }
}
