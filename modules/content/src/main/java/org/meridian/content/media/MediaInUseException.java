package org.meridian.content.media;

/** Deleting an asset that items still use is refused; the usage says which. */
public class MediaInUseException extends MediaRefusedException {

  private static final long serialVersionUID = 1L;

  private final transient MediaUsage usage;

  public MediaInUseException(String fileName, MediaUsage usage) {
    super("'" + fileName + "' is in use and was not deleted. It is used by: " + usage.describe());
    this.usage = usage;
  }

  public MediaUsage usage() {
    return usage;
  }
}
