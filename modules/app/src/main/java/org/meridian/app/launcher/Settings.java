package org.meridian.app.launcher;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * Every setting Meridian reads, with its default and the rule its value must follow. The launcher
 * checks them all before Payara Micro boots, so that a wrong value stops the start within a second
 * with one line naming it ({@code Meridian cannot start: MERIDIAN_… …}), not after the whole boot
 * with the cause in a stack trace. The application checks them again at start-up (servers started
 * without the launcher, such as the tests' in-container deployment), and the classes that use a
 * setting keep their own checks.
 *
 * <p>{@code docs/configuration.md} documents each of them; {@code SettingsTest} keeps the two, and
 * the keys the code reads, in step.
 */
public final class Settings {

  /** One setting: its MicroProfile Config key, its default ("" when unset) and its rule. */
  public record Setting(String key, String defaultValue, Rule rule) {

    /** The environment variable that sets it: {@code meridian.db.url} → {@code MERIDIAN_DB_URL}. */
    public String variable() {
      return Settings.variable(key);
    }
  }

  /** Why a value is wrong, or empty when it is right; given a stripped, non-blank value. */
  @FunctionalInterface
  public interface Rule {
    Optional<String> problem(String value);
  }

  public static final List<Setting> ALL =
      List.of(
          new Setting("meridian.port", "8080", port()),
          new Setting("meridian.http.threads", "", whole(2, 1000)),
          new Setting("meridian.db.url", "", Settings::databaseUrl),
          new Setting("meridian.db.user", "", any()),
          new Setting("meridian.db.password", "", any()),
          new Setting("meridian.demo.enabled", "false", bool()),
          new Setting("meridian.demo.password", "", length(10, 200)),
          new Setting("meridian.admin.email", "admin@example.org", email()),
          new Setting("meridian.admin.password", "", length(10, 200)),
          new Setting("meridian.db.timeout-seconds", "2", whole(1, 60)),
          new Setting("meridian.cluster", "auto", oneOf("auto", "on", "off")),
          new Setting("meridian.cluster.members", "", Settings::members),
          new Setting("meridian.cluster.interfaces", "127.0.0.1", Settings::interfaces),
          new Setting("meridian.cluster.port", "6900", port()),
          new Setting("meridian.site.public-url", "", webAddress()),
          new Setting("meridian.site.cache-sync-millis", "250", whole(100, 60000)),
          new Setting("meridian.site.events-refresh-seconds", "300", whole(1, 3600)),
          new Setting("meridian.site.cache-megabytes", "64", whole(0, 65536)),
          new Setting("meridian.site.themes-dir", "", any()),
          new Setting("meridian.site.warm-up", "true", bool()),
          new Setting("meridian.schedule.interval-seconds", "30", whole(1, 60)),
          new Setting("meridian.syndication.interval-seconds", "10", whole(1, 300)),
          new Setting("meridian.bench.syndication-offices", "0", whole(0, 100000)),
          new Setting("meridian.bench.offices", "0", whole(0, 100000)),
          new Setting("meridian.bench.items", "0", whole(0, 1000000)),
          new Setting("meridian.alerts.reload-seconds", "5", whole(1, 60)),
          new Setting("meridian.lock.minutes", "5", whole(1, 60)),
          new Setting("meridian.api.rate-limit", "1200", whole(1, 100000)),
          new Setting("meridian.preview.hours", "24", whole(1, 8760)),
          new Setting("meridian.preview.secret", "", length(32, 4096)),
          new Setting("meridian.node.name", "", any()),
          new Setting("meridian.media.store", "database", oneOf("database", "filesystem")),
          new Setting("meridian.media.dir", "./data/media", any()),
          new Setting("meridian.mirror.dir", "./data/mirrors", any()),
          new Setting("meridian.media.max-image-bytes", "10485760", whole(1024, 1073741824)),
          new Setting("meridian.media.max-document-bytes", "26214400", whole(1024, 1073741824)),
          new Setting("meridian.media.max-image-pixels", "40000000", whole(1, 250000000)),
          new Setting("meridian.console.url", "", webAddress()),
          new Setting("meridian.signin.trusted-proxies", "", Settings::addresses),
          new Setting("meridian.smtp.host", "", any()),
          new Setting("meridian.smtp.port", "25", port()),
          new Setting("meridian.smtp.user", "", any()),
          new Setting("meridian.smtp.password", "", any()),
          new Setting("meridian.smtp.from", "meridian@localhost", email()),
          new Setting("meridian.smtp.starttls", "false", bool()),
          new Setting("meridian.smtp.timeout-seconds", "10", whole(1, 300)),
          new Setting("meridian.smtp.interval-seconds", "15", whole(1, 3600)),
          new Setting("meridian.smtp.retry-seconds", "60", whole(1, 86400)),
          new Setting("meridian.smtp.max-attempts", "8", whole(1, 100)),
          new Setting("meridian.clock.offset", "PT0S", Settings::clockOffset),
          new Setting("meridian.password.iterations", "210000", whole(1024, 10000000)),
          new Setting("meridian.session.max-hours", "12", whole(1, 720)),
          new Setting("meridian.log.format", "text", oneOf("text", "json")),
          new Setting("meridian.access-log", "false", bool()),
          new Setting("meridian.metrics.allowed-addresses", "", Settings::addresses),
          new Setting("meridian.shutdown.drain-seconds", "10", whole(0, 300)));

  private Settings() {}

  /**
   * What is wrong with the settings {@code lookup} finds (by key: a system property, else the
   * environment variable), one line per wrong setting, each naming its environment variable; empty
   * when all are right.
   */
  public static List<String> problems(Function<String, String> lookup) {
    List<String> problems = new ArrayList<>();
    for (Setting setting : ALL) {
      String value = lookup.apply(setting.key());
      if (value == null || value.isBlank()) {
        continue;
      }
      setting
          .rule()
          .problem(value.strip())
          .ifPresent(
              p ->
                  problems.add(
                      setting.variable() + " " + p + ", not '" + shown(setting, value) + "'"));
    }
    return problems;
  }

  /**
   * Settings given as files, the way container secrets are handed over: for any setting, {@code
   * <VARIABLE>_FILE} (for instance {@code MERIDIAN_DB_PASSWORD_FILE=/run/secrets/db-password})
   * names a file whose content, without its final line break, is the value. The values found are
   * handed to {@code set} (the launcher makes them system properties, which the application reads
   * like any setting, and which never appear on a command line). Returns one line per problem: a
   * file that cannot be read, or a setting given both ways.
   */
  public static List<String> fromFiles(
      Function<String, String> environment,
      Function<String, String> current,
      java.util.function.BiConsumer<String, String> set) {
    List<String> problems = new ArrayList<>();
    for (Setting setting : ALL) {
      String file = environment.apply(setting.variable() + "_FILE");
      if (file == null || file.isBlank()) {
        continue;
      }
      if (current.apply(setting.key()) != null) {
        problems.add(
            setting.variable()
                + " and "
                + setting.variable()
                + "_FILE are both set: keep one of them");
        continue;
      }
      try {
        String value = java.nio.file.Files.readString(java.nio.file.Path.of(file.strip()));
        set.accept(setting.key(), value.replaceFirst("\\r?\\n$", ""));
      } catch (java.io.IOException | RuntimeException e) {
        problems.add(
            setting.variable()
                + "_FILE names a file that cannot be read ("
                + file.strip()
                + "): "
                + e.getClass().getSimpleName());
      }
    }
    return problems;
  }

  /** A setting as the launcher reads it: the system property, else the environment variable. */
  public static String fromProcess(String key) {
    String value = System.getProperty(key);
    return value != null ? value : System.getenv(variable(key));
  }

  static String variable(String key) {
    return key.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "_");
  }

  private static String shown(Setting setting, String value) {
    String key = setting.key();
    if (key.endsWith("password") || key.endsWith("secret")) {
      return "***";
    }
    String stripped = StartupFailure.mask(value.strip());
    return stripped.length() > 80 ? stripped.substring(0, 80) + "…" : stripped;
  }

  static Rule any() {
    return value -> Optional.empty();
  }

  static Rule whole(long min, long max) {
    return value -> {
      try {
        long number = Long.parseLong(value);
        if (number >= min && number <= max) {
          return Optional.empty();
        }
      } catch (NumberFormatException e) {
        // reported below
      }
      return Optional.of("must be a whole number from " + min + " to " + max);
    };
  }

  static Rule port() {
    Rule range = whole(1, 65535);
    return value -> range.problem(value).map(p -> "must be a port number from 1 to 65535");
  }

  static Rule bool() {
    return oneOf("true", "false");
  }

  static Rule oneOf(String... choices) {
    return value ->
        List.of(choices).contains(value.toLowerCase(Locale.ROOT))
            ? Optional.empty()
            : Optional.of("must be " + String.join(" or ", choices));
  }

  static Rule length(int min, int max) {
    return value ->
        value.length() >= min && value.length() <= max
            ? Optional.empty()
            : Optional.of("must be " + min + " to " + max + " characters long");
  }

  static Rule email() {
    return value ->
        value.matches("[^@\\s]+@[^@\\s]+")
            ? Optional.empty()
            : Optional.of("must be an e-mail address");
  }

  static Rule webAddress() {
    return value -> {
      try {
        URI uri = new URI(value);
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if ((scheme.equals("http") || scheme.equals("https"))
            && uri.getHost() != null
            && uri.getQuery() == null
            && uri.getFragment() == null) {
          return Optional.empty();
        }
      } catch (URISyntaxException e) {
        // reported below
      }
      return Optional.of("must be an http:// or https:// address such as https://www.example.org");
    };
  }

  private static Optional<String> databaseUrl(String value) {
    return value.startsWith("jdbc:postgresql:") || value.startsWith("jdbc:h2:")
        ? Optional.empty()
        : Optional.of("must start with jdbc:postgresql: or jdbc:h2:");
  }

  private static Optional<String> addresses(String value) {
    for (String address : value.split(",")) {
      String a = address.strip();
      boolean v4 = a.matches("(\\d{1,3})(\\.\\d{1,3}){3}");
      boolean v6 = a.contains(":") && a.matches("[0-9A-Fa-f:.]+");
      if (!a.isEmpty() && !v4 && !v6) {
        return Optional.of("must be IP addresses separated by commas (no host names)");
      }
    }
    return Optional.empty();
  }

  private static Optional<String> members(String value) {
    for (String member : value.split(",")) {
      if (!member.strip().matches("[A-Za-z0-9.:\\[\\]-]+(:\\d{1,5})?")) {
        return Optional.of("must be host:port pairs separated by commas");
      }
    }
    return Optional.empty();
  }

  private static Optional<String> interfaces(String value) {
    for (String address : value.split(",")) {
      if (!address.strip().matches("[0-9*]{1,3}(\\.[0-9*\\-]{1,7}){3}")) {
        return Optional.of(
            "must be IPv4 addresses separated by commas, with * or ranges (10.0.0.*, 10.0.1.10-20)");
      }
    }
    return Optional.empty();
  }

  private static Optional<String> clockOffset(String value) {
    try {
      Duration offset = Duration.parse(value);
      if (offset.abs().compareTo(Duration.ofDays(3650)) <= 0) {
        return Optional.empty();
      }
    } catch (DateTimeParseException e) {
      // reported below
    }
    return Optional.of("must be an ISO-8601 duration (PT2M, -PT30S, P1D) of at most 3650 days");
  }
}
