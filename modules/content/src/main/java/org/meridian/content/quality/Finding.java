package org.meridian.content.quality;

import java.io.Serializable;
import java.util.Objects;
import org.meridian.tenancy.Refusal;

/**
 * One thing a check found in a body: which rule, the text it concerns (an excerpt of at most {@link
 * #EXCERPT} characters, empty when the whole body is meant), what is wrong and how to fix it. Both
 * sentences are refusals by code ({@code quality.<rule>} and {@code quality.<rule>_fix}): the
 * console shows them in the reader's language, the API sends the English and the codes.
 *
 * @param place the position of the element concerned among the body's elements (0 for the body)
 */
public record Finding(String rule, String excerpt, int place, Refusal problem, Refusal fix)
    implements Serializable {

  public static final int EXCERPT = 80;

  public Finding {
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(problem, "problem");
    Objects.requireNonNull(fix, "fix");
    excerpt = excerpt(excerpt);
  }

  /** {@code text} with runs of white space as one space, cut to {@link #EXCERPT} characters. */
  static String excerpt(String text) {
    String words = text == null ? "" : text.replaceAll("\\s+", " ").strip();
    return words.length() <= EXCERPT ? words : words.substring(0, EXCERPT - 1).strip() + "…";
  }
}
