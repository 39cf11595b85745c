package org.meridian.admin;

import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import org.meridian.content.media.MediaLimits;
import org.meridian.content.media.MediaRefusedException;

/**
 * A file posted to a console form (the media library's upload, the editor's media picker), read
 * within the library's limits: a missing or oversized file is refused on the {@code file} field
 * before its bytes are read.
 */
record UploadedFile(String name, byte[] bytes) {

  static UploadedFile read(Part part, MediaLimits limits) {
    if (part == null || part.getSize() == 0) {
      throw new MediaRefusedException("file", "Choose a file to upload.");
    }
    if (part.getSize() > limits.maxBytes()) {
      throw new MediaRefusedException(
          "file",
          "The file is "
              + MediaLimits.readable(part.getSize())
              + "; the library takes files of at most "
              + MediaLimits.readable(limits.maxBytes())
              + ".");
    }
    try (InputStream in = part.getInputStream()) {
      return new UploadedFile(
          part.getSubmittedFileName(),
          in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limits.maxBytes() + 1)));
    } catch (IOException interrupted) {
      throw new MediaRefusedException("file", "The upload was interrupted; please try again.");
    }
  }
}
