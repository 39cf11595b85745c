package org.meridian.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class TokenRateLimitTest {

  private static final class Ticking extends Clock {
    private Instant now = Instant.parse("2026-12-07T10:00:00Z");

    @Override
    public java.time.ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }

  @Test
  void aTokenMayMakeItsRequestsThenWaitsForTheNextMinute() {
    Ticking clock = new Ticking();
    TokenRateLimit limit = new TokenRateLimit(clock, 3);

    assertThat(limit.take(1)).isEmpty();
    assertThat(limit.take(1)).isEmpty();
    clock.now = clock.now.plusSeconds(20);
    assertThat(limit.take(1)).isEmpty();
    assertThat(limit.take(1)).hasValue(40);
    assertThat(limit.take(2)).as("another token counts apart").isEmpty();

    clock.now = clock.now.plus(Duration.ofSeconds(40));
    assertThat(limit.take(1)).as("a new minute").isEmpty();
  }

  @Test
  void theWaitIsAtLeastOneSecond() {
    Ticking clock = new Ticking();
    clock.now = clock.now.plusMillis(59_900);
    TokenRateLimit limit = new TokenRateLimit(clock, 1);

    limit.take(7);
    assertThat(limit.take(7)).hasValue(1);
  }

  @Test
  void aTokenWithALimitOfItsOwnIsHeldToItAndOthersToTheDefault() {
    TokenRateLimit limit = new TokenRateLimit(new Ticking(), 2);
    assertThat(limit.take(3, 1)).isEmpty();
    assertThat(limit.take(3, 1)).as("its own limit of one").isPresent();
    assertThat(limit.take(4)).isEmpty();
    assertThat(limit.take(4)).isEmpty();
    assertThat(limit.take(4)).as("the default of two").isPresent();
    assertThat(limit.take(5, 3)).isEmpty();
    assertThat(limit.take(5, 3)).isEmpty();
    assertThat(limit.take(5, 3)).as("above the default, within its own").isEmpty();
  }
}
