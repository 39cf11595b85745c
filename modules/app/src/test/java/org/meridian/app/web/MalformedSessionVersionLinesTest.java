package org.meridian.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class MalformedSessionVersionLinesTest {

  private final List<LogRecord> ours = new ArrayList<>();
  private final Handler catcher =
      new Handler() {
        @Override
        public void publish(LogRecord record) {
          ours.add(record);
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
      };
  private final Logger logger = Logger.getLogger(MalformedSessionVersionLines.class.getName());

  @BeforeEach
  void listen() {
    logger.addHandler(catcher);
  }

  @AfterEach
  void stopListening() {
    logger.removeHandler(catcher);
  }

  /** Payara's record, with the frames its stack trace has. */
  private static LogRecord payaras(String message, String... methods) {
    IllegalArgumentException thrown = new IllegalArgumentException(message);
    List<StackTraceElement> frames = new ArrayList<>();
    for (String method : methods) {
      frames.add(new StackTraceElement("org.apache.catalina.util.X", method, "X.java", 1));
    }
    thrown.setStackTrace(frames.toArray(StackTraceElement[]::new));
    LogRecord record =
        new LogRecord(
            Level.SEVERE,
            "An exception or error occurred in the container during the request processing");
    record.setLoggerName(MalformedSessionVersionLines.CONTAINER_LOGGER);
    record.setThrown(thrown);
    return record;
  }

  private static LogRecord malformed() {
    return payaras(
        "Odd number of hexadecimal digits",
        "convert",
        "parseSessionVersionString",
        "parseSessionCookiesId",
        "postParseRequest");
  }

  @Test
  void payarasStackTraceForAQuotedSessionVersionIsLeftOut() {
    var lines =
        new MalformedSessionVersionLines(
            null, Clock.fixed(Instant.parse("2026-12-08T04:00:00Z"), ZoneOffset.UTC));
    assertThat(lines.isLoggable(malformed())).isFalse();
  }

  @Test
  void everyOtherLineStays() {
    var lines =
        new MalformedSessionVersionLines(
            null, Clock.fixed(Instant.parse("2026-12-08T04:00:00Z"), ZoneOffset.UTC));
    assertThat(lines.isLoggable(payaras("Something else", "service", "doService"))).isTrue();
    LogRecord elsewhere = malformed();
    elsewhere.setLoggerName("org.meridian.site.SiteServlet");
    assertThat(lines.isLoggable(elsewhere)).as("another logger's").isTrue();
    LogRecord plain = new LogRecord(Level.SEVERE, "no stack trace");
    plain.setLoggerName(MalformedSessionVersionLines.CONTAINER_LOGGER);
    assertThat(lines.isLoggable(plain)).isTrue();
    assertThat(ours).isEmpty();
  }

  @Test
  void theFilterBeforeItStillDecides() {
    var lines =
        new MalformedSessionVersionLines(
            record -> false, Clock.fixed(Instant.parse("2026-12-08T04:00:00Z"), ZoneOffset.UTC));
    assertThat(lines.isLoggable(new LogRecord(Level.INFO, "refused by the filter before")))
        .isFalse();
  }

  @Test
  void oneLineAMinuteAtMostSaysHowManyCame() {
    Instant start = Instant.parse("2026-12-08T04:00:00Z");
    Instant[] now = {start};
    Clock clock =
        new Clock() {
          @Override
          public ZoneOffset getZone() {
            return ZoneOffset.UTC;
          }

          @Override
          public Clock withZone(java.time.ZoneId zone) {
            return this;
          }

          @Override
          public Instant instant() {
            return now[0];
          }
        };
    var lines = new MalformedSessionVersionLines(null, clock);
    lines.isLoggable(malformed());
    assertThat(ours).hasSize(1);
    assertThat(ours.get(0).getParameters()).containsExactly(1L);
    for (int i = 0; i < 500; i++) {
      now[0] = start.plusMillis(i * 100L);
      lines.isLoggable(malformed());
    }
    assertThat(ours).as("within the first minute").hasSize(1);
    now[0] = start.plus(Duration.ofSeconds(61));
    lines.isLoggable(malformed());
    assertThat(ours).hasSize(2);
    assertThat(ours.get(1).getParameters()).containsExactly(501L);
    assertThat(ours.get(1).getLevel()).isEqualTo(Level.WARNING);
  }
}
