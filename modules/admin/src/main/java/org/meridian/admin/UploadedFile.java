package org.meridian.admin;

import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import org.meridian.content.media.MediaLimits;
import org.meridian.content.media.MediaRefusedException;
import org.meridian.tenancy.Refusal;

/**
 * A file posted to a console form (the media library's upload, the editor's media picker), read
 * within the library's limits: a missing or oversized file is refused on the {@code file} field
 * before its bytes are read.
 */
record UploadedFile(String name, byte[] bytes) {

  static UploadedFile read(Part part, MediaLimits limits) {
    if (part == null || part.getSize() == 0) {
      throw new MediaRefusedException(
          "file", Refusal.of("media.upload_choose_file", "Choose a file to upload."));
    }
    if (part.getSize() > limits.maxBytes()) {
      throw new MediaRefusedException(
          "file",
          Refusal.of(
              "media.upload_too_large_0_1",
              "The file is {0}; the library takes files of at most {1}.",
              MediaLimits.readable(part.getSize()),
              MediaLimits.readable(limits.maxBytes())));
    }
    try (InputStream in = part.getInputStream()) {
      return new UploadedFile(
          part.getSubmittedFileName(),
          in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limits.maxBytes() + 1)));
    } catch (IOException interrupted) {
      throw new MediaRefusedException(
          "file",
          Refusal.of("media.upload_interrupted", "The upload was interrupted; please try again."));
    }
  }
}
