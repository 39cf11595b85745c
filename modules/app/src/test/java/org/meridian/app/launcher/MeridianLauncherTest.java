package org.meridian.app.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Only {@code setting} and valid ports: {@code port()} and {@code fail()} halt the JVM on bad
 * input, so they are not called with it here.
 */
class MeridianLauncherTest {

  private static final String UNSET = "meridian.test.launcher-setting";

  private String propertyToClear;

  @AfterEach
  void clearProperty() {
    System.clearProperty(UNSET);
    if (propertyToClear != null) {
      System.clearProperty(propertyToClear);
    }
  }

  @Test
  void aJavaOlderThan21IsRefusedInOneLineNamingIt() {
    assertThat(MeridianLauncher.javaProblem(17, "/usr/lib/jvm/java-17-openjdk-amd64"))
        .hasValueSatisfying(
            line ->
                assertThat(line)
                    .contains("Java 21 or newer", "this is Java 17", "java-17-openjdk")
                    .doesNotContain("\n"));
    assertThat(MeridianLauncher.javaProblem(20, "/j")).isPresent();
    assertThat(MeridianLauncher.javaProblem(21, "/j")).isEmpty();
    assertThat(MeridianLauncher.javaProblem(25, "/j")).isEmpty();
  }

  /** An environment variable named like a setting ({@code SOME_NAME}), as its setting name. */
  private static Optional<Map.Entry<String, String>> someEnvironmentSetting() {
    return System.getenv().entrySet().stream()
        .filter(e -> e.getKey().matches("[A-Z][A-Z0-9]*_[A-Z0-9_]*[A-Z0-9]"))
        .filter(e -> !e.getValue().isBlank())
        .map(
            e ->
                Map.entry(
                    e.getKey().toLowerCase(Locale.ROOT).replace('_', '.'), e.getValue().strip()))
        .filter(e -> System.getProperty(e.getKey()) == null)
        .findFirst();
  }

  @Test
  void defaultWhenNeitherPropertyNorEnvironmentVariableIsSet() {
    assertThat(System.getenv("MERIDIAN_TEST_LAUNCHER_SETTING")).isNull();

    assertThat(MeridianLauncher.setting(UNSET, "fallback")).isEqualTo("fallback");
  }

  @Test
  void systemPropertyIsUsedAndStripped() {
    System.setProperty(UNSET, "  9090 ");

    assertThat(MeridianLauncher.setting(UNSET, "8080")).isEqualTo("9090");
  }

  @Test
  void environmentVariableIsReadUnderItsUpperCaseUnderscoreName() {
    Optional<Map.Entry<String, String>> env = someEnvironmentSetting();
    assumeTrue(env.isPresent(), "no environment variable with an underscore to read");

    assertThat(MeridianLauncher.setting(env.get().getKey(), "fallback"))
        .isEqualTo(env.get().getValue());
  }

  @Test
  void systemPropertyWinsOverTheEnvironmentVariable() {
    Optional<Map.Entry<String, String>> env = someEnvironmentSetting();
    assumeTrue(env.isPresent(), "no environment variable with an underscore to read");
    propertyToClear = env.get().getKey();
    System.setProperty(propertyToClear, "from-property");

    assertThat(MeridianLauncher.setting(propertyToClear, "fallback")).isEqualTo("from-property");
  }

  @Test
  void acceptsEveryValidPortNumber() {
    assertThat(MeridianLauncher.port("1")).isEqualTo(1);
    assertThat(MeridianLauncher.port("8080")).isEqualTo(8080);
    assertThat(MeridianLauncher.port("65535")).isEqualTo(65535);
  }
}
