package org.meridian.tenancy.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class BackoffTest {

  private static final Instant T = Instant.parse("2026-11-27T10:00:00Z");
  private final Backoff backoff = new Backoff(Duration.ofMinutes(1), Duration.ofMinutes(10), 6);

  @Test
  void theDelayDoublesAfterEachFailureUpToTheLongest() {
    assertThat(backoff.retryAfter(1, T)).contains(T.plus(Duration.ofMinutes(1)));
    assertThat(backoff.retryAfter(2, T)).contains(T.plus(Duration.ofMinutes(2)));
    assertThat(backoff.retryAfter(3, T)).contains(T.plus(Duration.ofMinutes(4)));
    assertThat(backoff.retryAfter(4, T)).contains(T.plus(Duration.ofMinutes(8)));
    assertThat(backoff.retryAfter(5, T)).contains(T.plus(Duration.ofMinutes(10)));
  }

  @Test
  void afterTheLastAttemptAllowedTheSendersGiveUp() {
    assertThat(backoff.retryAfter(6, T)).isEmpty();
    assertThat(backoff.retryAfter(7, T)).isEmpty();
    assertThat(new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(1), 1).retryAfter(1, T))
        .isEmpty();
  }

  @Test
  void manyAttemptsDoNotOverflowTheDelay() {
    Backoff patient = new Backoff(Duration.ofMinutes(1), Duration.ofHours(6), 100);
    assertThat(patient.retryAfter(99, T)).contains(T.plus(Duration.ofHours(6)));
  }

  @Test
  void nonsenseIsRefused() {
    assertThatThrownBy(() -> new Backoff(Duration.ZERO, Duration.ofMinutes(1), 3))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Backoff(Duration.ofMinutes(2), Duration.ofMinutes(1), 3))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Backoff(Duration.ofMinutes(1), Duration.ofMinutes(1), 0))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
