package org.meridian.tenancy.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MailSettingsTest {

  private static MailSettings of(Map<String, String> values) {
    return MailSettings.from(key -> Optional.ofNullable(values.get(key)));
  }

  @Test
  void withoutAHostNothingIsSent() {
    MailSettings settings = of(Map.of());
    assertThat(settings.configured()).isFalse();
    assertThat(of(Map.of("meridian.smtp.host", "  ")).configured()).isFalse();
    assertThat(settings.port()).isEqualTo(25);
    assertThat(settings.from()).isEqualTo("meridian@localhost");
    assertThat(settings.timeout()).isEqualTo(Duration.ofSeconds(10));
    assertThat(settings.backoff().maxAttempts()).isEqualTo(8);
  }

  @Test
  void readsEverySetting() {
    MailSettings settings =
        of(
            Map.of(
                "meridian.smtp.host", "smtp.example.org",
                "meridian.smtp.port", "587",
                "meridian.smtp.user", "mailer",
                "meridian.smtp.password", "secret",
                "meridian.smtp.from", "cms@example.org",
                "meridian.smtp.starttls", "TRUE",
                "meridian.smtp.timeout-seconds", "3",
                "meridian.smtp.interval-seconds", "2",
                "meridian.smtp.retry-seconds", "30",
                "meridian.smtp.max-attempts", "4"));
    assertThat(settings.configured()).isTrue();
    assertThat(settings.host()).contains("smtp.example.org");
    assertThat(settings.port()).isEqualTo(587);
    assertThat(settings.user()).contains("mailer");
    assertThat(settings.password()).isEqualTo("secret");
    assertThat(settings.from()).isEqualTo("cms@example.org");
    assertThat(settings.startTls()).isTrue();
    assertThat(settings.timeout()).isEqualTo(Duration.ofSeconds(3));
    assertThat(settings.interval()).isEqualTo(Duration.ofSeconds(2));
    assertThat(settings.backoff().first()).isEqualTo(Duration.ofSeconds(30));
    assertThat(settings.backoff().maxAttempts()).isEqualTo(4);
    assertThat(settings.describe()).isEqualTo("smtp.example.org:587 (STARTTLS)");
    assertThat(settings.describe()).doesNotContain("secret");
  }

  @Test
  void theClaimOutlastsAnySend() {
    MailSettings slow = of(Map.of("meridian.smtp.timeout-seconds", "120"));
    assertThat(slow.claimLease()).isEqualTo(Duration.ofMinutes(20));
    assertThat(of(Map.of()).claimLease()).isEqualTo(Duration.ofMinutes(5));
  }

  @Test
  void wrongValuesNameTheSetting() {
    assertThatThrownBy(() -> of(Map.of("meridian.smtp.port", "0")))
        .hasMessageContaining("meridian.smtp.port");
    assertThatThrownBy(() -> of(Map.of("meridian.smtp.port", "smtp")))
        .hasMessageContaining("meridian.smtp.port");
    assertThatThrownBy(() -> of(Map.of("meridian.smtp.starttls", "yes")))
        .hasMessageContaining("meridian.smtp.starttls");
    assertThatThrownBy(() -> of(Map.of("meridian.smtp.from", "nobody")))
        .hasMessageContaining("meridian.smtp.from");
    assertThatThrownBy(() -> of(Map.of("meridian.smtp.max-attempts", "0")))
        .hasMessageContaining("meridian.smtp.max-attempts");
  }
}
