package org.meridian.content;

/** The kinds of content an office site carries. */
public enum ContentType {
  PAGE,
  NEWS
}
