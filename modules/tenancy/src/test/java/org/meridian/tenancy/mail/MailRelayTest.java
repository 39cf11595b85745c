package org.meridian.tenancy.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.SocketTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The relay's claim, retry and give-up logic, against an outbox kept in memory. */
class MailRelayTest {

  private final MutableClock clock = new MutableClock(Instant.parse("2026-11-27T10:00:00Z"));
  private final MemoryOutbox outbox = new MemoryOutbox();
  private final MailSettings settings =
      MailSettings.from(
          key ->
              Optional.ofNullable(
                  Map.of(
                          "meridian.smtp.host", "smtp.example.org",
                          "meridian.smtp.retry-seconds", "60",
                          "meridian.smtp.max-attempts", "3")
                      .get(key)));

  private MailRelay relay(MailTransport transport, String node) {
    return new MailRelay(outbox, transport, settings, clock, node);
  }

  @Test
  void sendsWhatIsDueAndRecordsItSentByThisServer() {
    long id = outbox.put("a@example.org", "Hello", "Body");
    List<String> delivered = new ArrayList<>();
    int sent = relay((to, subject, body) -> delivered.add(to + "|" + subject), "node-a").relayDue();

    assertThat(sent).isEqualTo(1);
    assertThat(delivered).containsExactly("a@example.org|Hello");
    MemoryOutbox.Row row = outbox.rows.get(id);
    assertThat(row.sentAt).isEqualTo(clock.instant());
    assertThat(row.sentBy).isEqualTo("node-a");
    assertThat(row.attempts).isEqualTo(1);

    // Sent messages are never sent again.
    assertThat(relay((to, s, b) -> delivered.add(to), "node-a").relayDue()).isZero();
    assertThat(delivered).hasSize(1);
  }

  @Test
  void aFailureIsRecordedAndRetriedWithAGrowingDelayThenGivenUp() {
    long id = outbox.put("a@example.org", "Hello", "Body");
    int[] tries = {0};
    MailTransport down =
        (to, subject, body) -> {
          tries[0]++;
          throw new jakarta.mail.MessagingException(
              "Could not connect", new SocketTimeoutException("Read timed out"));
        };
    MailRelay relay = relay(down, "node-a");

    assertThat(relay.relayDue()).isZero();
    MemoryOutbox.Row row = outbox.rows.get(id);
    assertThat(row.attempts).isEqualTo(1);
    assertThat(row.lastError).contains("Could not connect").contains("Read timed out");
    assertThat(row.nextAttemptAt).isEqualTo(clock.instant().plusSeconds(60));
    assertThat(row.failedAt).isNull();

    // Not before its time.
    clock.advance(Duration.ofSeconds(59));
    relay.relayDue();
    assertThat(tries[0]).isEqualTo(1);

    // Second attempt after a minute; the next wait doubles.
    clock.advance(Duration.ofSeconds(1));
    relay.relayDue();
    assertThat(tries[0]).isEqualTo(2);
    assertThat(row.attempts).isEqualTo(2);
    assertThat(row.nextAttemptAt).isEqualTo(clock.instant().plusSeconds(120));

    // Third and last attempt: the message is marked failed and left alone from then on.
    clock.advance(Duration.ofSeconds(120));
    relay.relayDue();
    assertThat(tries[0]).isEqualTo(3);
    assertThat(row.failedAt).isEqualTo(clock.instant());
    assertThat(row.sentAt).isNull();
    assertThat(row.lastError).contains("Read timed out");

    clock.advance(Duration.ofDays(1));
    relay.relayDue();
    assertThat(tries[0]).isEqualTo(3);
  }

  @Test
  void aServerThatRecoversSendsTheMessageOnTheNextAttempt() {
    long id = outbox.put("a@example.org", "Hello", "Body");
    boolean[] up = {false};
    MailTransport flaky =
        (to, subject, body) -> {
          if (!up[0]) {
            throw new IllegalStateException("421 Try again later");
          }
        };
    MailRelay relay = relay(flaky, "node-a");
    relay.relayDue();
    up[0] = true;
    clock.advance(Duration.ofMinutes(1));
    assertThat(relay.relayDue()).isEqualTo(1);
    MemoryOutbox.Row row = outbox.rows.get(id);
    assertThat(row.sentAt).isNotNull();
    assertThat(row.attempts).isEqualTo(2);
  }

  @Test
  void aMessageBeingSentByOneServerIsNotTakenByAnother() {
    long id = outbox.put("a@example.org", "Hello", "Body");
    List<String> sentBy = new ArrayList<>();
    MailRelay other = relay((to, s, b) -> sentBy.add("node-b"), "node-b");
    MailRelay slow =
        relay(
            (to, s, b) -> {
              // While node-a is still talking to the mail server, node-b runs.
              clock.advance(Duration.ofSeconds(30));
              other.relayDue();
              sentBy.add("node-a");
            },
            "node-a");

    slow.relayDue();

    assertThat(sentBy).containsExactly("node-a");
    assertThat(outbox.rows.get(id).sentBy).isEqualTo("node-a");
    assertThat(outbox.rows.get(id).attempts).isEqualTo(1);
  }

  @Test
  void theErrorIsOneLineWithItsCauses() {
    String text =
        MailRelay.describe(
            new jakarta.mail.MessagingException(
                "Exception reading response", new SocketTimeoutException("Read\ntimed out")));
    assertThat(text)
        .isEqualTo(
            "MessagingException: Exception reading response"
                + " <- SocketTimeoutException: Read timed out");
  }

  /** The outbox table's conditional updates, in memory. */
  static final class MemoryOutbox implements OutboxStore {

    static final class Row {
      final long id;
      final String recipient;
      final String subject;
      final String body;
      int attempts;
      Instant nextAttemptAt;
      Instant sentAt;
      Instant failedAt;
      String lastError;
      String sentBy;

      Row(long id, String recipient, String subject, String body) {
        this.id = id;
        this.recipient = recipient;
        this.subject = subject;
        this.body = body;
      }

      boolean dueAt(Instant now) {
        return sentAt == null
            && failedAt == null
            && (nextAttemptAt == null || !nextAttemptAt.isAfter(now));
      }
    }

    final Map<Long, Row> rows = new LinkedHashMap<>();

    long put(String recipient, String subject, String body) {
      long id = rows.size() + 1L;
      rows.put(id, new Row(id, recipient, subject, body));
      return id;
    }

    @Override
    public List<Long> due(Instant now, int limit) {
      return rows.values().stream().filter(r -> r.dueAt(now)).map(r -> r.id).limit(limit).toList();
    }

    @Override
    public Optional<Claimed> claim(long id, Instant now, Instant leaseUntil) {
      Row row = rows.get(id);
      if (row == null || !row.dueAt(now)) {
        return Optional.empty();
      }
      row.attempts++;
      row.nextAttemptAt = leaseUntil;
      return Optional.of(new Claimed(id, row.recipient, row.subject, row.body, row.attempts));
    }

    @Override
    public void sent(long id, Instant at, String node) {
      Row row = rows.get(id);
      if (row.sentAt == null) {
        row.sentAt = at;
        row.sentBy = node;
        row.nextAttemptAt = null;
      }
    }

    @Override
    public void failed(Claimed claimed, Instant at, String error, Optional<Instant> retryAt) {
      Row row = rows.get(claimed.id());
      if (row.sentAt != null || row.attempts != claimed.attempt()) {
        return;
      }
      row.lastError = error;
      if (retryAt.isPresent()) {
        row.nextAttemptAt = retryAt.get();
      } else {
        row.failedAt = at;
        row.nextAttemptAt = null;
      }
    }
  }

  static final class MutableClock extends Clock {
    private Instant now;

    MutableClock(Instant now) {
      this.now = now;
    }

    void advance(Duration by) {
      now = now.plus(by);
    }

    @Override
    public Instant instant() {
      return now;
    }

    @Override
    public ZoneOffset getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }
  }
}
