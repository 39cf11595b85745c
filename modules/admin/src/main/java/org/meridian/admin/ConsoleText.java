package org.meridian.admin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.meridian.tenancy.Refusal;

/**
 * The console's words from its resource bundle ({@code org.meridian.admin.messages}, registered as
 * {@code msg} in faces-config) in the view's language. Views read plain texts as {@code
 * #{msg['key']}} and texts with values as {@code #{i18n.format('key', value)}}; beans go through
 * {@link Messages}.
 */
@Named("i18n")
@ApplicationScoped
public class ConsoleText {

  /** The bundle's base name. */
  public static final String BUNDLE = "org.meridian.admin.messages";

  public String format(String key, Object a) {
    return text(key, a);
  }

  public String format(String key, Object a, Object b) {
    return text(key, a, b);
  }

  public String format(String key, Object a, Object b, Object c) {
    return text(key, a, b, c);
  }

  public String format(String key, Object a, Object b, Object c, Object d) {
    return text(key, a, b, c, d);
  }

  /**
   * A domain refusal in the view's language, for views: {@code
   * #{i18n.refused(review.refusalOf('PUBLISH'))}}.
   */
  public String refused(Refusal refusal) {
    return refusal(refusal);
  }

  /**
   * A domain refusal in the current view's language: {@code refusal.<code>} with the refusal's
   * values, or its English when the bundle has no such key.
   */
  static String refusal(Refusal refusal) {
    return refusal(locale(), refusal);
  }

  /** A domain refusal in {@code locale}, its {@link Refusal.Word}s too (else its English). */
  static String refusal(Locale locale, Refusal refusal) {
    if (refusal == null) {
      return null;
    }
    String text = text(locale, "refusal." + refusal.code(), shown(locale, refusal.args()));
    return text.startsWith("???") ? refusal.text() : text;
  }

  /** A refusal's values, its {@link Refusal.Word}s in {@code locale}. */
  private static Object[] shown(Locale locale, java.util.List<Object> args) {
    return args.stream().map(a -> a instanceof Refusal.Word w ? word(locale, w) : a).toArray();
  }

  /** A word of a refusal in {@code locale}, or its English when the bundle lacks it. */
  static String word(Locale locale, Refusal.Word word) {
    String text = text(locale, word.key(), shown(locale, word.args()));
    if (text.startsWith("???")) {
      return word.toString();
    }
    return word.lowerCase() ? text.toLowerCase(locale) : text;
  }

  /** An exception's reason in the current view's language where it says it by a refusal. */
  static String refusal(Throwable refused) {
    return refused instanceof org.meridian.tenancy.Refused r && r.refusal() != null
        ? refusal(r.refusal())
        : refused.getMessage();
  }

  /**
   * The fields' errors of {@code invalid} by field, in the current view's language where the rule
   * says why by a {@link Refusal} (else its sentence as it is).
   */
  static java.util.Map<String, String> fieldErrors(
      org.meridian.content.fields.InvalidFieldsException invalid) {
    java.util.Map<String, String> shown = new java.util.LinkedHashMap<>();
    invalid
        .errors()
        .forEach(
            (field, message) -> {
              Refusal why = invalid.refusals().get(field);
              shown.put(field, why == null ? message : refusal(why));
            });
    return shown;
  }

  /** The text of {@code key} in the current view's language, with {@code args} in its slots. */
  static String text(String key, Object... args) {
    return text(locale(), key, args);
  }

  private static Locale locale() {
    FacesContext context = FacesContext.getCurrentInstance();
    return context != null && context.getViewRoot() != null
        ? context.getViewRoot().getLocale()
        : Locale.ENGLISH;
  }

  /** The text of {@code key} in {@code locale}, with {@code args} in its slots. */
  static String text(Locale locale, String key, Object... args) {
    String pattern;
    try {
      pattern =
          ResourceBundle.getBundle(BUNDLE, locale, ConsoleText.class.getClassLoader())
              .getString(key);
    } catch (MissingResourceException missing) {
      return "???" + key + "???";
    }
    return fill(pattern, locale, args);
  }

  /**
   * Puts {@code args} into the {0}-style slots of {@code pattern}. Apostrophes are plain text (the
   * bundles never use MessageFormat's quoting) and values are shown as they are, so that item
   * numbers get no thousands separator.
   */
  static String fill(String pattern, Locale locale, Object... args) {
    if (args == null || args.length == 0) {
      return pattern;
    }
    Object[] shown = new Object[args.length];
    for (int i = 0; i < args.length; i++) {
      shown[i] = args[i] == null ? "" : String.valueOf(args[i]);
    }
    return new MessageFormat(pattern.replace("'", "''"), locale).format(shown);
  }
}
