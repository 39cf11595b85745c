package org.meridian.content.media;

/** What an asset is for: shown as a picture, or offered as a file to read or download. */
public enum MediaKind {
  IMAGE,
  DOCUMENT
}
