package org.meridian.content.media;

/**
 * How large a file the library takes: bytes per kind, and pixels for images (a small file can
 * decode into a huge picture). Set with {@code meridian.media.max-image-bytes}, {@code
 * meridian.media.max-document-bytes} and {@code meridian.media.max-image-pixels}.
 */
public record MediaLimits(long maxImageBytes, long maxDocumentBytes, long maxImagePixels) {

  public static final MediaLimits DEFAULTS =
      new MediaLimits(10L * 1024 * 1024, 25L * 1024 * 1024, 40_000_000L);

  public MediaLimits {
    if (maxImageBytes <= 0 || maxDocumentBytes <= 0 || maxImagePixels <= 0) {
      throw new IllegalArgumentException("Media limits must be positive");
    }
  }

  /** The largest file of any kind: uploads above it are refused before they are looked at. */
  public long maxBytes() {
    return Math.max(maxImageBytes, maxDocumentBytes);
  }

  public long maxBytes(MediaKind kind) {
    return kind == MediaKind.IMAGE ? maxImageBytes : maxDocumentBytes;
  }

  /** A size the way people read it: 12 KB, 3.4 MB. */
  public static String readable(long bytes) {
    if (bytes < 1024 * 1024) {
      return Math.max(1, (bytes + 1023) / 1024) + " KB";
    }
    return String.format(java.util.Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
  }
}
