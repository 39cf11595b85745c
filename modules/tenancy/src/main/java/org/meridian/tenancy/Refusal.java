package org.meridian.tenancy;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Why a domain service refused something, as a stable {@code code} with its values, and the English
 * sentence the API sends ({@link #text()}). The console shows it in the reader's language from its
 * bundles ({@code refusal.<code>}, the same {@code {0}}, {@code {1}} slots); the API answers with
 * the English and the code, which clients may rely on.
 *
 * @param code a stable name, e.g. {@code workflow.own_revision}: lower case, dots and underscores
 * @param english the sentence in English, with {@code {n}} slots for the values
 * @param args the values, shown as they are (no number or date formatting)
 */
public record Refusal(String code, String english, List<Object> args) implements Serializable {

  private static final Pattern SLOT = Pattern.compile("\\{(\\d+)}");
  private static final Pattern CODE = Pattern.compile("[a-z][a-z0-9_]*(\\.[a-z0-9_]+)+");

  public Refusal {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(english, "english");
    if (!CODE.matcher(code).matches()) {
      throw new IllegalArgumentException("A refusal's code is like workflow.own_revision: " + code);
    }
    args = List.copyOf(args.stream().map(a -> a == null ? "" : a).toList());
  }

  public static Refusal of(String code, String english, Object... args) {
    return new Refusal(code, english, Arrays.asList(args));
  }

  /** The English sentence with its values. */
  public String text() {
    return fill(english, args.toArray());
  }

  /**
   * A value that is itself a word of the console (a field's label, "Quotes (2)"): the console shows
   * the text of {@code key} in the reader's language (with its own values, which may be words too),
   * the API and the logs the English. {@link #toString()} is the English.
   *
   * @param key the console's key, e.g. {@code field.datelinePlace}
   * @param english the English with {@code {n}} slots for {@code args}
   * @param lowerCase shown in lower case (inside a sentence)
   */
  public record Word(String key, String english, List<Object> args, boolean lowerCase)
      implements Serializable {

    public Word {
      Objects.requireNonNull(key, "key");
      Objects.requireNonNull(english, "english");
      args = List.copyOf(args.stream().map(a -> a == null ? "" : a).toList());
    }

    public static Word of(String key, String english, Object... args) {
      return new Word(key, english, Arrays.asList(args), false);
    }

    /** The same word, shown in lower case. */
    public Word inLowerCase() {
      return new Word(key, english, args, true);
    }

    @Override
    public String toString() {
      String text = fill(english, args.toArray());
      return lowerCase ? text.toLowerCase(java.util.Locale.ROOT) : text;
    }
  }

  /** Puts {@code args} in the {@code {n}} slots of {@code pattern}, as they are. */
  public static String fill(String pattern, Object... args) {
    Matcher m = SLOT.matcher(pattern);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      int n = Integer.parseInt(m.group(1));
      String value = n < args.length ? String.valueOf(args[n]) : m.group();
      m.appendReplacement(out, Matcher.quoteReplacement(value));
    }
    m.appendTail(out);
    return out.toString();
  }
}
