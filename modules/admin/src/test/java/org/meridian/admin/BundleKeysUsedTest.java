package org.meridian.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every key the console's sources name is in {@code messages.properties}: the views' {@code
 * msg['…']}, {@code i18n.format('…'} and the beans' {@code Messages.info/error/errorOn(…)} and
 * {@code ConsoleText.text(…)} with string literals. A sentence given where a key belongs (it would
 * show as {@code ???sentence???}) fails here, named.
 */
class BundleKeysUsedTest {

  private static final Path VIEWS = Path.of("src/main/resources/META-INF/resources");
  private static final Path BEANS = Path.of("src/main/java");

  private static final Pattern VIEW_KEY =
      Pattern.compile("msg\\['([^']+)'\\]|i18n\\.format\\(\\s*'([^']+)'");
  private static final Pattern BEAN_CALL =
      Pattern.compile("\\b(Messages\\.(?:info|error|errorOn)|ConsoleText\\.text)\\(");
  private static final Pattern LITERAL = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"(\\s*\\+)?");

  private static Set<String> english;

  @BeforeAll
  static void loadEnglish() throws IOException {
    Properties properties = new Properties();
    try (InputStream in =
        BundleKeysUsedTest.class.getResourceAsStream("/org/meridian/admin/messages.properties")) {
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    english = properties.stringPropertyNames();
  }

  /** A refusal in the domain's sources: its code, and its English as one or more literals. */
  private static final Pattern REFUSAL =
      Pattern.compile(
          "\\b(Refusal\\.of|Decision\\.refuse)\\(\\s*\"([^\"]+)\",\\s*((?:\"(?:[^\"\\\\]|\\\\.)*\"\\s*\\+?\\s*)+)");

  /**
   * Every refusal the domain services give by code ({@code Refusal.of("code", "English", …)}, the
   * workflow rules' {@code Decision.refuse}) has {@code refusal.<code>} in the console's bundle,
   * with the same English: the French and Arabic ones follow from {@code MessagesBundleTest}.
   */
  @Test
  void everyDomainRefusalHasItsKeyWithTheSameEnglish() throws IOException {
    Properties bundle = new Properties();
    try (InputStream in =
        BundleKeysUsedTest.class.getResourceAsStream("/org/meridian/admin/messages.properties")) {
      bundle.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    List<String> wrong = new ArrayList<>();
    int found = 0;
    for (String module : List.of("tenancy", "content", "workflow", "api", "admin")) {
      Path sources = Path.of("..", module, "src", "main", "java");
      try (Stream<Path> files = Files.walk(sources)) {
        for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
          Matcher m = REFUSAL.matcher(Files.readString(file));
          while (m.find()) {
            found++;
            String code = (m.group(1).startsWith("Decision") ? "workflow." : "") + m.group(2);
            StringBuilder english = new StringBuilder();
            Matcher literal = LITERAL.matcher(m.group(3));
            while (literal.find()) {
              english.append(literal.group(1).replace("\\\"", "\""));
            }
            String key = "refusal." + code;
            if (!english.toString().equals(bundle.getProperty(key))) {
              wrong.add(
                  file.getFileName()
                      + ": "
                      + key
                      + " is '"
                      + bundle.getProperty(key)
                      + "', not '"
                      + english
                      + "'");
            }
          }
        }
      }
    }
    assertThat(found).as("refusals found in the domain's sources").isGreaterThan(20);
    assertThat(wrong).as("refusals without their key, or with other English").isEmpty();
  }

  /**
   * Every field of every content type, and every value of a choice field, has its words ({@code
   * FieldWords}: {@code field.<name>}, {@code field.<name>.<value>}); a field added to a type
   * without them fails here instead of showing English, or {@code ???field.x???}, in French and
   * Arabic.
   */
  @Test
  void everyContentTypeFieldHasItsWords() {
    List<String> missing = new ArrayList<>();
    for (org.meridian.content.ContentType type : org.meridian.content.ContentType.values()) {
      for (org.meridian.content.fields.FieldDefinition field : type.fields()) {
        if (!english.contains("field." + field.name())) {
          missing.add(type + ": field." + field.name());
        }
        for (org.meridian.content.fields.Choice choice : field.choices()) {
          if (!english.contains("field." + field.name() + "." + choice.value())) {
            missing.add(type + ": field." + field.name() + "." + choice.value());
          }
        }
      }
    }
    assertThat(missing).as("content-type fields without words in messages.properties").isEmpty();
  }

  /**
   * The words a refusal names a field or a type by ({@code Refusal.Word}): every field a shared
   * copy can lock, every type, and a repeated field's row; without them a French or Arabic refusal
   * would fall back to the English label.
   */
  @Test
  void everyWordARefusalNamesAFieldByIsInTheBundle() {
    List<String> missing = new ArrayList<>();
    for (org.meridian.content.ContentType type : org.meridian.content.ContentType.values()) {
      if (!english.contains("type." + type.name())) {
        missing.add("type." + type.name());
      }
      for (String name : org.meridian.content.syndication.SharedFields.names(type)) {
        String key = org.meridian.content.syndication.SharedFields.word(type, name).key();
        if (!english.contains(key)) {
          missing.add(type + ": " + key);
        }
      }
    }
    if (!english.contains("fields.row_0_1")) {
      missing.add("fields.row_0_1");
    }
    assertThat(missing).as("words of refusals missing from messages.properties").isEmpty();
  }

  @Test
  void everyKeyTheViewsNameIsInTheBundle() throws IOException {
    List<String> missing = new ArrayList<>();
    try (Stream<Path> files = Files.walk(VIEWS)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".xhtml")).sorted().toList()) {
        String text = Files.readString(file).replaceAll("(?s)<!--.*?-->", "");
        for (String key : viewKeys(text)) {
          if (!english.contains(key)) {
            missing.add(VIEWS.relativize(file) + ": " + key);
          }
        }
      }
    }
    assertThat(missing)
        .as("keys named in the views but missing from messages.properties")
        .isEmpty();
  }

  @Test
  void everyKeyTheBeansNameIsInTheBundle() throws IOException {
    List<String> missing = new ArrayList<>();
    try (Stream<Path> files = Files.walk(BEANS)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
        for (String problem : missingBeanKeys(Files.readString(file), english)) {
          missing.add(file.getFileName() + ": " + problem);
        }
      }
    }
    assertThat(missing)
        .as("keys (or sentences given as keys) in the beans that messages.properties lacks")
        .isEmpty();
  }

  @Test
  void theViewsAndBeansAreFoundAtAll() throws IOException {
    // Guards the two tests above against scanning nothing (e.g. a moved folder).
    try (Stream<Path> files = Files.walk(VIEWS)) {
      assertThat(files.filter(f -> f.toString().endsWith(".xhtml")).count()).isGreaterThan(20);
    }
    assertThat(viewKeys(Files.readString(VIEWS.resolve("admin/alerts.xhtml")))).isNotEmpty();
    assertThat(
            missingBeanKeys(
                Files.readString(BEANS.resolve("org/meridian/admin/ManageAlerts.java")), Set.of()))
        .isNotEmpty();
  }

  @Test
  void aSentenceGivenAsAKeyIsNamed() {
    String bean =
        "Messages.info(\"Alert \" + id + \" is withdrawn: it is off every site.\");\n"
            + "Messages.errorOn(\"alert:endsAt\", \"Give the end as a date and time.\");\n"
            + "Messages.errorOn(clientId(field), message);\n"
            + "Messages.info(\"alerts.withdrawn_0\", id);\n"
            + "Messages.error(marked == 0 ? \"inbox.nothing_unread\" : \"inbox.none_here\");\n"
            + "ConsoleText.text(\"step.\" + step.name());\n"
            + "ConsoleText.text(\"nostep.\" + step.name());\n";

    assertThat(missingBeanKeys(bean, english))
        .containsExactly(
            "Alert ",
            " is withdrawn: it is off every site.",
            "Give the end as a date and time.",
            "inbox.none_here",
            "nostep.* (no key starts so)");
  }

  @Test
  void viewKeysAreReadFromAllThreeForms() {
    assertThat(
            viewKeys(
                "<h2>#{msg['alerts.alerts']}</h2> #{i18n.format('alerts.withdraw_alert_0', id)}"
                    + " pt:data-confirm=\"#{msg['alerts.confirm_withdraw']}\" #{msg[dynamic]}"))
        .containsExactly("alerts.alerts", "alerts.withdraw_alert_0", "alerts.confirm_withdraw");
  }

  private static List<String> viewKeys(String text) {
    List<String> keys = new ArrayList<>();
    Matcher m = VIEW_KEY.matcher(text);
    while (m.find()) {
      keys.add(m.group(1) != null ? m.group(1) : m.group(2));
    }
    return keys;
  }

  /**
   * The string literals given as the key of each {@code Messages.info/error/errorOn} (its first
   * argument; for {@code errorOn}, its second) and {@code ConsoleText.text} call that are not keys
   * of {@code keys}. A literal followed by {@code +} is a key's beginning ({@code "step." + name}):
   * some key must start with it.
   */
  private static List<String> missingBeanKeys(String source, Set<String> keys) {
    String code = withoutComments(source);
    List<String> missing = new ArrayList<>();
    Matcher call = BEAN_CALL.matcher(code);
    while (call.find()) {
      List<String> arguments = arguments(code, call.end());
      int keyAt = call.group(1).endsWith("errorOn") ? 1 : 0;
      if (arguments.size() <= keyAt) {
        continue;
      }
      Matcher literal = LITERAL.matcher(arguments.get(keyAt));
      while (literal.find()) {
        String text = literal.group(1);
        if (literal.group(2) != null && text.endsWith(".")) {
          if (keys.stream().noneMatch(k -> k.startsWith(text))) {
            missing.add(text + "* (no key starts so)");
          }
        } else if (!keys.contains(text)) {
          missing.add(text);
        }
      }
    }
    return missing;
  }

  /** The top-level arguments of a call whose opening parenthesis ends just before {@code from}. */
  private static List<String> arguments(String code, int from) {
    List<String> arguments = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    int depth = 0;
    for (int i = from; i < code.length(); i++) {
      char c = code.charAt(i);
      if (c == '"' || c == '\'') {
        int end = i + 1;
        while (end < code.length() && code.charAt(end) != c) {
          end += code.charAt(end) == '\\' ? 2 : 1;
        }
        current.append(code, i, Math.min(end + 1, code.length()));
        i = end;
        continue;
      }
      if (c == '(' || c == '[' || c == '{') {
        depth++;
      } else if (c == ')' || c == ']' || c == '}') {
        if (depth == 0) {
          break;
        }
        depth--;
      } else if (c == ',' && depth == 0) {
        arguments.add(current.toString().strip());
        current.setLength(0);
        continue;
      }
      current.append(c);
    }
    arguments.add(current.toString().strip());
    return arguments;
  }

  private static String withoutComments(String source) {
    return source.replaceAll("(?s)/\\*.*?\\*/", "").replaceAll("(?m)^\\s*//.*$", "");
  }
}
