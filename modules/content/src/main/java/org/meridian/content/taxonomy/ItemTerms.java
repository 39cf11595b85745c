package org.meridian.content.taxonomy;

import java.util.List;

/** The themes and tags an item carries, each sorted by name. */
public record ItemTerms(List<ThemeLabel> themes, List<TagLabel> tags)
    implements java.io.Serializable {

  public static final ItemTerms NONE = new ItemTerms(List.of(), List.of());

  public ItemTerms {
    themes = List.copyOf(themes);
    tags = List.copyOf(tags);
  }

  public boolean isEmpty() {
    return themes.isEmpty() && tags.isEmpty();
  }

  public List<String> themeCodes() {
    return themes.stream().map(ThemeLabel::code).toList();
  }

  public List<String> tagNames() {
    return tags.stream().map(TagLabel::name).toList();
  }
}
