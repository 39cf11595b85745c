package org.meridian.workflow.lock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** The expiry rules of edit locks, on a clock the test moves by hand. */
class EditLockExpiryTest {

  private static final ZoneId BANJUL = ZoneId.of("Africa/Banjul");
  private static final ZoneId NAIROBI = ZoneId.of("Africa/Nairobi");

  /** A clock that stands still until the test moves it. */
  private static final class HandClock extends Clock {
    private Instant now = Instant.parse("2026-03-02T09:15:00Z");

    void advance(Duration by) {
      now = now.plus(by);
    }

    @Override
    public Instant instant() {
      return now;
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      throw new UnsupportedOperationException();
    }
  }

  private final HandClock clock = new HandClock();
  private final LockExpiry fiveMinutes = LockExpiry.ofMinutes(5);

  private EditLock openedNow() {
    return new EditLock(42, "gambia.editor@meridian.example.org", "Fatou Jallow", clock.instant());
  }

  @Test
  void aLockIsLiveUntilItsTimeAfterTheLastSignOfLifeAndNotAtThatInstant() {
    EditLock lock = openedNow();

    clock.advance(Duration.ofMinutes(5).minusMillis(1));
    assertThat(lock.isLiveAt(clock.instant(), fiveMinutes)).isTrue();

    clock.advance(Duration.ofMillis(1));
    assertThat(lock.isLiveAt(clock.instant(), fiveMinutes)).isFalse();
  }

  @Test
  void renewingKeepsTheLockAliveAndKeepsWhenEditingBegan() {
    Instant opened = clock.instant();
    EditLock lock = openedNow();

    for (int beat = 0; beat < 10; beat++) {
      clock.advance(Duration.ofMinutes(1));
      lock.renew(clock.instant(), fiveMinutes);
    }

    assertThat(lock.isLiveAt(clock.instant().plus(Duration.ofMinutes(4)), fiveMinutes)).isTrue();
    assertThat(lock.since()).isEqualTo(opened);
    assertThat(lock.lastSeenAt()).isEqualTo(clock.instant());
  }

  @Test
  void aLockRenewedAfterItExpiredStartsANewStretchOfEditing() {
    EditLock lock = openedNow();

    clock.advance(Duration.ofMinutes(6));
    lock.renew(clock.instant(), fiveMinutes);

    assertThat(lock.since()).isEqualTo(clock.instant());
    assertThat(lock.isLiveAt(clock.instant(), fiveMinutes)).isTrue();
  }

  @Test
  void aLateRenewalNeverMovesTheLastSignOfLifeBack() {
    EditLock lock = openedNow();
    clock.advance(Duration.ofMinutes(2));
    lock.renew(clock.instant(), fiveMinutes);

    lock.renew(clock.instant().minusSeconds(90), fiveMinutes);

    assertThat(lock.lastSeenAt()).isEqualTo(clock.instant());
  }

  @Test
  void theCutoffSeparatesLiveRowsFromExpiredOnes() {
    Instant now = clock.instant();
    Instant cutoff = fiveMinutes.cutoff(now);

    assertThat(cutoff).isEqualTo(now.minus(Duration.ofMinutes(5)));
    assertThat(fiveMinutes.isLive(cutoff, now)).isFalse();
    assertThat(fiveMinutes.isLive(cutoff.plusMillis(1), now)).isTrue();
  }

  @Test
  void theExpiryIsOneToSixtyMinutes() {
    assertThat(LockExpiry.ofMinutes(1).ttl()).isEqualTo(Duration.ofMinutes(1));
    assertThat(LockExpiry.ofMinutes(60).ttl()).isEqualTo(Duration.ofMinutes(60));
    assertThatThrownBy(() -> LockExpiry.ofMinutes(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("1 to 60 minutes");
    assertThatThrownBy(() -> LockExpiry.ofMinutes(61)).isInstanceOf(IllegalArgumentException.class);
    assertThat(LockExpiry.DEFAULT.ttl()).isEqualTo(Duration.ofMinutes(5));
  }

  @Test
  void othersAreToldWhenEditingBeganInTheOfficesTime() {
    LockHolder holder = LockHolder.of(openedNow());

    assertThat(holder.sinceIn(BANJUL, clock.instant())).isEqualTo("09:15");
    assertThat(holder.sinceIn(NAIROBI, clock.instant())).isEqualTo("12:15");

    clock.advance(Duration.ofDays(1));
    assertThat(holder.sinceIn(BANJUL, clock.instant())).isEqualTo("2026-03-02 09:15");
  }

  @Test
  void aPersonWithoutANameIsShownByTheirAddress() {
    EditLock lock = new EditLock(42, "someone@meridian.example.org", " ", clock.instant());

    assertThat(lock.personName()).isEqualTo("someone@meridian.example.org");
  }
}
