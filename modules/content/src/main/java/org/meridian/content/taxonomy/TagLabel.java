package org.meridian.content.taxonomy;

/** A tag as pages and forms show it. */
public record TagLabel(long id, String name, String slug) implements java.io.Serializable {

  static TagLabel of(Tag tag) {
    return new TagLabel(tag.getId(), tag.name(), tag.slug().value());
  }
}
