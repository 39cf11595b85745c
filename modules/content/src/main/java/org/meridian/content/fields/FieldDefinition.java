package org.meridian.content.fields;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.meridian.tenancy.Refusal;

/**
 * One field of a content type: its name in the stored JSON and in forms, the words an editor reads,
 * its kind, whether it is required, the values a choice accepts and the value used when none was
 * given (so that items saved before the field existed stay valid).
 */
public record FieldDefinition(
    String name,
    String label,
    FieldKind kind,
    boolean required,
    List<Choice> choices,
    String defaultValue) {

  public FieldDefinition {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(kind, "kind");
    if (!name.matches("[a-z][A-Za-z0-9]*")) {
      throw new IllegalArgumentException("A field name is a Java-style identifier: " + name);
    }
    choices = List.copyOf(choices);
    if ((kind == FieldKind.CHOICE) == choices.isEmpty()) {
      throw new IllegalArgumentException("Choice fields, and only they, list their choices");
    }
  }

  public static FieldDefinition optional(String name, String label, FieldKind kind) {
    return new FieldDefinition(name, label, kind, false, List.of(), null);
  }

  public static FieldDefinition required(String name, String label, FieldKind kind) {
    return new FieldDefinition(name, label, kind, true, List.of(), null);
  }

  /** A choice that falls back to {@code defaultValue} when none is given. */
  public static FieldDefinition choice(
      String name, String label, String defaultValue, Choice... choices) {
    return new FieldDefinition(
        name, label, FieldKind.CHOICE, false, Arrays.asList(choices), defaultValue);
  }

  /**
   * The field's label as a word of a refusal: the console shows {@code field.<name>} in the
   * reader's language, the API the English {@link #label()}.
   */
  public Refusal.Word word() {
    return Refusal.Word.of("field." + name, label);
  }

  /** The label of row {@code row} of a repeated field ("Quotes (2)"), as a word of a refusal. */
  Refusal.Word rowWord(int row) {
    return Refusal.Word.of("fields.row_0_1", "{0} ({1})", word(), row);
  }

  /** The words an editor reads for {@code value} of a choice field; the value itself otherwise. */
  public String choiceLabel(String value) {
    return choices.stream()
        .filter(c -> c.value().equals(value))
        .map(Choice::label)
        .findFirst()
        .orElse(value);
  }
}
