package org.meridian.admin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.util.Arrays;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.meridian.content.ContentType;
import org.meridian.content.fields.Choice;
import org.meridian.content.fields.FieldDefinition;

/**
 * The words for the content types' own fields in the view's language: {@code field.<name>} and
 * {@code field.<name>.<value>} for a choice's values. The domain names its fields in English
 * ({@link FieldDefinition#label()}) for the API and the comparisons it builds; the console reads
 * its bundles instead ({@code BundleKeysUsedTest} checks that every field has its key).
 */
@Named
@ApplicationScoped
public class FieldWords {

  /** Field names by the English label the domain gives them (names are unique across types). */
  private static final Map<String, FieldDefinition> BY_LABEL =
      Arrays.stream(ContentType.values())
          .flatMap(t -> t.fields().stream())
          .collect(Collectors.toMap(FieldDefinition::label, Function.identity(), (a, b) -> a));

  public String label(FieldDefinition field) {
    return ConsoleText.text("field." + field.name());
  }

  public String choice(FieldDefinition field, Choice choice) {
    String key = "field." + field.name() + '.' + choice.value();
    return ConsoleText.text(key);
  }

  /**
   * A label the domain wrote (a comparison's field) in the view's language when it is a content
   * type's field; the common fields (title, summary, text…) are left as they are.
   */
  public String ofLabel(String englishLabel) {
    FieldDefinition field = BY_LABEL.get(englishLabel);
    return field == null ? englishLabel : label(field);
  }
}
