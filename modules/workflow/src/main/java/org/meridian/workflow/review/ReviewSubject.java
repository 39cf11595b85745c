package org.meridian.workflow.review;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.meridian.content.ContentType;
import org.meridian.content.fields.Choice;
import org.meridian.content.fields.FieldDefinition;

/**
 * What a policy rule applies to: every item ({@code *}), one content type ({@code NEWS}) or one
 * kind of a type that has kinds ({@code NEWS/press-release}). The most specific rule that exists
 * wins.
 *
 * @param key the stored form
 * @param label how editors read it
 */
public record ReviewSubject(String key, String label) {

  /** The subject of an office's default rule. */
  public static final String DEFAULT = "*";

  private static final String KIND_FIELD = "kind";

  /** The keys to look up for an item, most specific first, ending with {@link #DEFAULT}. */
  public static List<String> lookupOrder(ContentType type, Optional<String> kind) {
    List<String> keys = new ArrayList<>(3);
    kind.ifPresent(k -> keys.add(type.name() + "/" + k));
    keys.add(type.name());
    keys.add(DEFAULT);
    return keys;
  }

  /** Every subject a policy can name besides the default: each type, then each kind of it. */
  public static List<ReviewSubject> all() {
    List<ReviewSubject> subjects = new ArrayList<>();
    for (ContentType type : ContentType.values()) {
      subjects.add(new ReviewSubject(type.name(), type.label()));
      for (Choice kind : type.field(KIND_FIELD).map(FieldDefinition::choices).orElse(List.of())) {
        subjects.add(
            new ReviewSubject(
                type.name() + "/" + kind.value(), type.label() + ": " + kind.label()));
      }
    }
    return List.copyOf(subjects);
  }

  /** Whether {@code key} names a subject (so nothing else is ever stored). */
  public static boolean exists(String key) {
    return DEFAULT.equals(key) || all().stream().anyMatch(s -> s.key.equals(key));
  }

  /** The name of the field that holds a type's kind, where it has one. */
  static String kindField() {
    return KIND_FIELD;
  }
}
