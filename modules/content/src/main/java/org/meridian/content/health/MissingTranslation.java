package org.meridian.content.health;

import java.io.Serializable;
import java.util.List;

/** A live item that its office's site lacks in {@code missing} of its languages. */
public record MissingTranslation(long itemId, String title, String language, List<String> missing)
    implements Serializable {

  public MissingTranslation {
    missing = List.copyOf(missing);
  }
}
