package org.meridian.content.media;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The media library's configuration (MicroProfile Config: system properties or environment
 * variables such as {@code MERIDIAN_MEDIA_STORE}).
 */
@ApplicationScoped
public class MediaSettings {

  @Inject
  @ConfigProperty(name = "meridian.media.store", defaultValue = "database")
  String store;

  @Inject
  @ConfigProperty(name = "meridian.media.dir", defaultValue = "./data/media")
  String directory;

  @Inject
  @ConfigProperty(name = "meridian.media.max-image-bytes", defaultValue = "10485760")
  long maxImageBytes;

  @Inject
  @ConfigProperty(name = "meridian.media.max-document-bytes", defaultValue = "26214400")
  long maxDocumentBytes;

  @Inject
  @ConfigProperty(name = "meridian.media.max-image-pixels", defaultValue = "40000000")
  long maxImagePixels;

  public MediaLimits limits() {
    return new MediaLimits(maxImageBytes, maxDocumentBytes, maxImagePixels);
  }

  /** {@code database} (the default) or {@code filesystem}. */
  public String store() {
    return store.strip().toLowerCase(java.util.Locale.ROOT);
  }

  public java.nio.file.Path directory() {
    return java.nio.file.Path.of(directory.strip());
  }
}
