package org.meridian.app.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The catalogue of settings: its rules, and its agreement with the docs and the code. */
class SettingsTest {

  private static final Path ROOT = Path.of("../..");

  @ParameterizedTest(name = "{0}={1} → {2}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          meridian.port                       | 8080        | ok
          meridian.port                       | 0           | MERIDIAN_PORT must be a port number from 1 to 65535, not '0'
          meridian.port                       | eighty      | MERIDIAN_PORT must be a port number from 1 to 65535, not 'eighty'
          meridian.http.threads               | 8           | ok
          meridian.http.threads               | 1           | MERIDIAN_HTTP_THREADS must be a whole number from 2 to 1000, not '1'
          meridian.schedule.interval-seconds  | 60          | ok
          meridian.schedule.interval-seconds  | 0           | MERIDIAN_SCHEDULE_INTERVAL_SECONDS must be a whole number from 1 to 60, not '0'
          meridian.site.cache-megabytes       | 0           | ok
          meridian.site.cache-megabytes       | -1          | MERIDIAN_SITE_CACHE_MEGABYTES must be a whole number from 0 to 65536, not '-1'
          meridian.site.cache-megabytes       | 64MB        | MERIDIAN_SITE_CACHE_MEGABYTES must be a whole number from 0 to 65536, not '64MB'
          meridian.media.store                | FileSystem  | ok
          meridian.media.store                | s3          | MERIDIAN_MEDIA_STORE must be database or filesystem, not 's3'
          meridian.smtp.starttls              | yes         | MERIDIAN_SMTP_STARTTLS must be true or false, not 'yes'
          meridian.demo.enabled               | TRUE        | ok
          meridian.demo.enabled               | 1           | MERIDIAN_DEMO_ENABLED must be true or false, not '1'
          meridian.clock.offset               | -PT30S      | ok
          meridian.clock.offset               | P3651D      | MERIDIAN_CLOCK_OFFSET must be an ISO-8601 duration (PT2M, -PT30S, P1D) of at most 3650 days, not 'P3651D'
          meridian.site.public-url            | https://www.example.org/ | ok
          meridian.site.public-url            | www.example.org | MERIDIAN_SITE_PUBLIC_URL must be an http:// or https:// address such as https://www.example.org, not 'www.example.org'
          meridian.console.url                | javascript:alert(1) | MERIDIAN_CONSOLE_URL must be an http:// or https:// address such as https://www.example.org, not 'javascript:alert(1)'
          meridian.signin.trusted-proxies     | 10.0.0.5, ::1 | ok
          meridian.signin.trusted-proxies     | proxy.local | MERIDIAN_SIGNIN_TRUSTED_PROXIES must be IP addresses separated by commas (no host names), not 'proxy.local'
          meridian.admin.email                | ops@un.example | ok
          meridian.admin.email                | ops         | MERIDIAN_ADMIN_EMAIL must be an e-mail address, not 'ops'
          meridian.admin.password             | short       | MERIDIAN_ADMIN_PASSWORD must be 10 to 200 characters long, not '***'
          meridian.preview.secret             | too-short   | MERIDIAN_PREVIEW_SECRET must be 32 to 4096 characters long, not '***'
          meridian.db.url                     | mysql://db/meridian | MERIDIAN_DB_URL must start with jdbc:postgresql: or jdbc:h2:, not 'mysql://db/meridian'
          meridian.db.url                     | jdbc:postgresql://db/m?password=secret | ok
          meridian.password.iterations        | 1023        | MERIDIAN_PASSWORD_ITERATIONS must be a whole number from 1024 to 10000000, not '1023'
          meridian.db.timeout-seconds         | 0           | MERIDIAN_DB_TIMEOUT_SECONDS must be a whole number from 1 to 60, not '0'
          meridian.site.cache-sync-millis     | 50          | MERIDIAN_SITE_CACHE_SYNC_MILLIS must be a whole number from 100 to 60000, not '50'
          meridian.cluster                    | yes         | MERIDIAN_CLUSTER must be auto or on or off, not 'yes'
          meridian.cluster.members            | 10.0.1.11:6900,node-2:6900 | ok
          meridian.cluster.members            | a b         | MERIDIAN_CLUSTER_MEMBERS must be host:port pairs separated by commas, not 'a b'
          meridian.cluster.interfaces         | 10.0.1.*    | ok
          meridian.cluster.interfaces         | 0.0.0.0/0   | MERIDIAN_CLUSTER_INTERFACES must be IPv4 addresses separated by commas, with * or ranges (10.0.0.*, 10.0.1.10-20), not '0.0.0.0/0'
          """)
  void eachValueIsJudgedByItsRule(String key, String value, String expected) {
    var problems = Settings.problems(Map.of(key, value)::get);
    if (expected.equals("ok")) {
      assertThat(problems).isEmpty();
    } else {
      assertThat(problems).containsExactly(expected);
    }
  }

  @Test
  void blankValuesMeanTheDefaultAndEveryDefaultPassesItsOwnRule() {
    Map<String, String> defaults = new HashMap<>();
    Map<String, String> blanks = new HashMap<>();
    for (Settings.Setting setting : Settings.ALL) {
      defaults.put(setting.key(), setting.defaultValue());
      blanks.put(setting.key(), "  ");
    }
    assertThat(Settings.problems(defaults::get)).isEmpty();
    assertThat(Settings.problems(blanks::get)).isEmpty();
  }

  @Test
  void aSettingMayComeFromAFileWithoutItsFinalLineBreak(@org.junit.jupiter.api.io.TempDir Path dir)
      throws IOException {
    Path secret = Files.writeString(dir.resolve("db-password"), "s3cret with spaces\n");
    Map<String, String> set = new HashMap<>();
    var problems =
        Settings.fromFiles(
            Map.of("MERIDIAN_DB_PASSWORD_FILE", secret.toString())::get, key -> null, set::put);
    assertThat(problems).isEmpty();
    assertThat(set).containsExactly(Map.entry("meridian.db.password", "s3cret with spaces"));
  }

  @Test
  void aFileThatCannotBeReadOrASettingGivenTwiceStopsTheStart(
      @org.junit.jupiter.api.io.TempDir Path dir) {
    Map<String, String> set = new HashMap<>();
    var problems =
        Settings.fromFiles(
            Map.of(
                    "MERIDIAN_DB_PASSWORD_FILE", dir.resolve("missing").toString(),
                    "MERIDIAN_ADMIN_PASSWORD_FILE", dir.resolve("x").toString())
                ::get,
            key -> key.equals("meridian.admin.password") ? "given" : null,
            set::put);
    assertThat(set).isEmpty();
    assertThat(problems)
        .containsExactlyInAnyOrder(
            "MERIDIAN_DB_PASSWORD_FILE names a file that cannot be read ("
                + dir.resolve("missing")
                + "): NoSuchFileException",
            "MERIDIAN_ADMIN_PASSWORD and MERIDIAN_ADMIN_PASSWORD_FILE are both set: keep one of"
                + " them");
  }

  @Test
  void aPasswordInAWrongUrlIsNotRepeated() {
    var problems =
        Settings.problems(Map.of("meridian.db.url", "oracle://db?password=hunter2")::get);
    assertThat(problems).singleElement().asString().doesNotContain("hunter2");
  }

  @Test
  void everySettingTheCodeReadsIsInTheCatalogue() throws IOException {
    Set<String> internal =
        Set.of(
            "meridian.startup.done",
            "meridian.startup.failure",
            "meridian.startup.summary",
            "meridian.office-id",
            "meridian.access", // a logger's name
            "meridian.draining", // set by the launcher on SIGTERM
            "meridian.warm-up", // the warm-up's state and addresses (WarmUp)
            "meridian.warm-up.addresses",
            "meridian.metrics.kind", // request attributes
            "meridian.metrics.office");
    Pattern literal = Pattern.compile("\"(meridian\\.[a-z0-9.-]*[a-z0-9])\"");
    Set<String> read = new TreeSet<>();
    try (Stream<Path> files = Files.walk(ROOT.resolve("modules"))) {
      for (Path file :
          files
              .filter(f -> f.toString().endsWith(".java"))
              .filter(f -> f.toString().contains("/src/main/"))
              .toList()) {
        Matcher m = literal.matcher(Files.readString(file, StandardCharsets.UTF_8));
        while (m.find()) {
          read.add(m.group(1));
        }
      }
    }
    read.removeAll(internal);
    Set<String> catalogued =
        Settings.ALL.stream().map(Settings.Setting::key).collect(Collectors.toSet());
    assertThat(read).isNotEmpty();
    assertThat(catalogued).containsAll(read);
  }

  @Test
  void everySettingIsDocumentedWithItsDefault() throws IOException {
    String docs = Files.readString(ROOT.resolve("docs/configuration.md"), StandardCharsets.UTF_8);
    for (Settings.Setting setting : Settings.ALL) {
      Matcher row =
          Pattern.compile(
                  "^\\| `"
                      + Pattern.quote(setting.key())
                      + "` \\| `"
                      + setting.variable()
                      + "` \\| ([^|]*)\\|",
                  Pattern.MULTILINE)
              .matcher(docs);
      assertThat(row.find()).as("a row for %s in docs/configuration.md", setting.key()).isTrue();
      if (!setting.defaultValue().isEmpty()) {
        assertThat(row.group(1))
            .as("the documented default of %s", setting.key())
            .contains("`" + setting.defaultValue() + "`");
      }
    }
  }
}
