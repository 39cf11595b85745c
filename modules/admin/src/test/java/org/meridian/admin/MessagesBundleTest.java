package org.meridian.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.ResourceBundle;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The console's bundles: every language has exactly the English keys, with the same slots. */
class MessagesBundleTest {

  private static final Pattern SLOT = Pattern.compile("\\{(\\d+)}");

  @ParameterizedTest
  @ValueSource(strings = {"fr", "ar"})
  void everyLanguageHasExactlyTheEnglishKeys(String language) throws IOException {
    Map<String, String> english = load("messages.properties");
    Map<String, String> translated = load("messages_" + language + ".properties");

    assertThat(translated.keySet())
        .as("keys of messages_%s.properties", language)
        .containsExactlyInAnyOrderElementsOf(english.keySet());
  }

  @ParameterizedTest
  @ValueSource(strings = {"fr", "ar"})
  void everyTranslationHasTheEnglishSlots(String language) throws IOException {
    Map<String, String> english = load("messages.properties");
    Map<String, String> translated = load("messages_" + language + ".properties");

    Map<String, String> mismatched = new TreeMap<>();
    english.forEach(
        (key, text) -> {
          String other = translated.get(key);
          if (other != null && !slots(text).equals(slots(other))) {
            mismatched.put(key, slots(text) + " vs " + slots(other));
          }
        });
    assertThat(mismatched).as("{n} slots that differ from English").isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"en", "fr", "ar"})
  void noTextIsEmptyAndNoSlotIsSkipped(String language) throws IOException {
    Map<String, String> bundle =
        load(
            language.equals("en") ? "messages.properties" : "messages_" + language + ".properties");

    bundle.forEach(
        (key, text) -> {
          assertThat(text).as(key).isNotBlank();
          TreeMap<Integer, Boolean> used = new TreeMap<>();
          Matcher m = SLOT.matcher(text);
          while (m.find()) {
            used.put(Integer.parseInt(m.group(1)), true);
          }
          if (!used.isEmpty()) {
            assertThat(used.lastKey()).as("highest slot of %s", key).isEqualTo(used.size() - 1);
          }
        });
  }

  /**
   * A content type's name is never the word for a state: in Arabic "Publication" and "Published"
   * were both منشور, so a list's type and state columns read the same.
   */
  @ParameterizedTest
  @ValueSource(strings = {"en", "fr", "ar"})
  void contentTypesAreNotNamedLikeStates(String language) throws IOException {
    Map<String, String> bundle =
        load(
            language.equals("en") ? "messages.properties" : "messages_" + language + ".properties");
    java.util.Set<String> states = new java.util.TreeSet<>();
    bundle.forEach(
        (key, text) -> {
          if (key.startsWith("editorial.")
              || key.equals("common.live")
              || key.equals("common.draft")
              || key.equals("common.live_changes_waiting")) {
            states.add(text.strip());
          }
        });
    bundle.forEach(
        (key, text) -> {
          if (key.startsWith("type.")) {
            assertThat(states).as("%s (%s) is also a state's word", key, text).doesNotContain(text);
          }
        });
  }

  @Test
  void theBundlesAreReadAsUtf8ByTheJavaRuntime() {
    ResourceBundle french =
        ResourceBundle.getBundle(ConsoleText.BUNDLE, Locale.FRENCH, getClass().getClassLoader());
    ResourceBundle arabic =
        ResourceBundle.getBundle(
            ConsoleText.BUNDLE, Locale.forLanguageTag("ar"), getClass().getClassLoader());

    assertThat(french.getString("editorial.DRAFT")).isEqualTo("Brouillon");
    assertThat(french.getString("editorial.IN_REVIEW")).isEqualTo("En relecture");
    assertThat(french.getString("step.PUBLISH")).isEqualTo("Publier");
    assertThat(arabic.getString("step.PUBLISH")).isEqualTo("نشر");
  }

  @Test
  void slotsAreFilledAsTheyAreAndApostrophesStayPlain() {
    assertThat(ConsoleText.fill("No. {0}{1}: now {2}", Locale.ENGLISH, 12345, " (x)", "Live"))
        .isEqualTo("No. 12345 (x): now Live");
    assertThat(ConsoleText.fill("Entry '{0}' saved.", Locale.ENGLISH, "Home"))
        .isEqualTo("Entry 'Home' saved.");
    assertThat(ConsoleText.fill("l’élément {0}", Locale.FRENCH, (Object) null))
        .isEqualTo("l’élément ");
    assertThat(ConsoleText.fill("Can't {0}", Locale.ENGLISH)).isEqualTo("Can't {0}");
  }

  /** A bundle file as written, key by key (UTF-8, as the Java runtime reads it). */
  private static Map<String, String> load(String file) throws IOException {
    String path = "/" + ConsoleText.BUNDLE.replace('.', '/').replace("messages", "") + file;
    try (InputStream in = MessagesBundleTest.class.getResourceAsStream(path)) {
      assertThat(in).as(path).isNotNull();
      Properties properties = new Properties();
      try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
        properties.load(reader);
      }
      Map<String, String> map = new TreeMap<>();
      properties.forEach((k, v) -> map.put((String) k, (String) v));
      return map;
    }
  }

  private static java.util.List<String> slots(String text) {
    return SLOT.matcher(text).results().map(r -> r.group()).sorted().toList();
  }
}
