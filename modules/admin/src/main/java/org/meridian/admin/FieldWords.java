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

  /** The fields every item has, by the English label the domain compares them by. */
  private static final Map<String, String> COMMON =
      Map.of(
          "Title", "field.title",
          "Summary", "field.summary",
          "Body", "field.body",
          "Hero image", "field.heroImage",
          "Hero image description", "field.heroAlt",
          "Search description", "field.seoDescription",
          "Social image", "field.socialImage");

  public String label(FieldDefinition field) {
    return ConsoleText.text("field." + field.name());
  }

  public String choice(FieldDefinition field, Choice choice) {
    String key = "field." + field.name() + '.' + choice.value();
    return ConsoleText.text(key);
  }

  /**
   * A label the domain wrote (a comparison's field, a conflict's changed fields) in the view's
   * language: a content type's field, or one of the fields every item has; anything else as it is.
   */
  public String ofLabel(String englishLabel) {
    FieldDefinition field = BY_LABEL.get(englishLabel);
    if (field != null) {
      return label(field);
    }
    String common = COMMON.get(englishLabel);
    return common == null ? englishLabel : ConsoleText.text(common);
  }
}
