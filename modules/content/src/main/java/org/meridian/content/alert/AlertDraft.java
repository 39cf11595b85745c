package org.meridian.content.alert;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.meridian.content.fields.FieldError;
import org.meridian.content.fields.InvalidFieldsException;
import org.meridian.tenancy.Refusal;
import org.meridian.tenancy.office.LanguageTag;

/**
 * What someone typed to issue an alert: its audience ({@code null}: every office; else a regional
 * office's code), its window, an optional link, and its text per language. {@link #checked} says
 * what is wrong field by field, or gives the alert as it will be stored: texts trimmed to one line.
 */
public record AlertDraft(
    String audience, Instant startsAt, Instant endsAt, String link, Map<String, String> messages) {

  /** An alert is a banner, not an article. */
  public static final int MESSAGE_MAX = 300;

  public static final int LINK_MAX = 500;

  /** Alerts are for emergencies and appeals, not standing notices. */
  public static final Duration LONGEST = Duration.ofDays(90);

  private static final Pattern SAFE_LINK =
      Pattern.compile("(https://[^\\s\"<>]{1,490}|/[^\\s\"<>]{0,499})");

  public AlertDraft {
    messages = messages == null ? Map.of() : new LinkedHashMap<>(messages);
    link = link == null ? "" : link.strip();
    audience = audience == null || audience.isBlank() ? null : audience.strip();
  }

  /**
   * This draft, checked at {@code now}: a missing start is {@code now}; texts are stripped and
   * blank ones dropped.
   *
   * @throws InvalidFieldsException with a message per wrong field; nothing is stored
   */
  public AlertDraft checked(Instant now) {
    List<FieldError> errors = new ArrayList<>();
    Map<String, String> texts = new LinkedHashMap<>();
    messages.forEach(
        (language, text) -> {
          String line = text == null ? "" : text.strip().replaceAll("\\s+", " ");
          if (line.isEmpty()) {
            return;
          }
          if (LanguageTag.parse(language).isEmpty()) {
            errors.add(
                new FieldError(
                    "message-" + language,
                    Refusal.of("alert.not_a_language_0", "Not a language: {0}", language)));
          } else if (line.length() > MESSAGE_MAX) {
            errors.add(
                new FieldError(
                    "message-" + language,
                    Refusal.of(
                        "alert.message_too_long_0_1",
                        "Keep the alert to {0} characters (it has {1})",
                        MESSAGE_MAX,
                        line.length())));
          } else {
            texts.put(language, line);
          }
        });
    if (texts.isEmpty() && errors.isEmpty()) {
      errors.add(
          new FieldError(
              "messages",
              Refusal.of(
                  "alert.text_in_one_language",
                  "Write the alert's text in at least one language")));
    }
    Instant start = startsAt == null ? now : startsAt;
    if (endsAt == null) {
      errors.add(
          new FieldError(
              "endsAt",
              Refusal.of(
                  "alert.say_when_it_ends",
                  "Say when the alert ends: it disappears by itself then")));
    } else if (!endsAt.isAfter(start)) {
      errors.add(
          new FieldError(
              "endsAt", Refusal.of("alert.end_after_start", "The alert must end after it starts")));
    } else if (!endsAt.isAfter(now)) {
      errors.add(
          new FieldError(
              "endsAt", Refusal.of("alert.end_passed", "This end time has already passed")));
    } else if (Duration.between(start, endsAt).compareTo(LONGEST) > 0) {
      errors.add(
          new FieldError(
              "endsAt",
              Refusal.of(
                  "alert.at_most_0_days", "An alert runs for at most {0} days", LONGEST.toDays())));
    }
    if (!link.isEmpty() && (link.length() > LINK_MAX || !SAFE_LINK.matcher(link).matches())) {
      errors.add(
          new FieldError(
              "link",
              Refusal.of(
                  "alert.link_https_or_path",
                  "The link is an https:// address or a path on the site starting with /")));
    }
    if (!errors.isEmpty()) {
      throw new InvalidFieldsException(errors);
    }
    return new AlertDraft(audience, start, endsAt, link, texts);
  }
}
