package org.meridian.content.fields;

import java.util.Objects;

/** One value a choice field accepts, with the words an editor reads. */
public record Choice(String value, String label) {

  public Choice {
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(label, "label");
  }
}
