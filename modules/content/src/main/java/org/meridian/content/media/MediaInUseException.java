package org.meridian.content.media;

import org.meridian.tenancy.Refusal;

/** Deleting an asset that items still use is refused; the usage says which. */
public class MediaInUseException extends MediaRefusedException {

  private static final long serialVersionUID = 1L;

  private final transient MediaUsage usage;

  public MediaInUseException(String fileName, MediaUsage usage) {
    super(
        null,
        Refusal.of(
            "media.in_use_0_1",
            "'{0}' is in use and was not deleted. It is used by: {1}",
            fileName,
            usage.describe()));
    this.usage = usage;
  }

  public MediaUsage usage() {
    return usage;
  }
}
