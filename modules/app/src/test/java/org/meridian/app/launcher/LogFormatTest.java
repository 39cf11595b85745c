package org.meridian.app.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import org.junit.jupiter.api.Test;

class LogFormatTest {

  private static LogRecord record(String message) {
    LogRecord record = new LogRecord(Level.WARNING, message);
    record.setLoggerName("org.meridian.Example");
    record.setInstant(Instant.parse("2026-12-07T06:00:00.123Z"));
    return record;
  }

  private static String inRequest(String id, java.util.function.Supplier<String> format) {
    Thread thread = Thread.currentThread();
    String name = thread.getName();
    thread.setName("http-thread-pool::http-listener(1)" + LogFormat.REQUEST_MARK + id);
    try {
      return format.get();
    } finally {
      thread.setName(name);
    }
  }

  @Test
  void textLinesAreOneLineWithoutColourCodesAndCarryTheRequestId() {
    String line =
        inRequest("abc-1", () -> new LogFormat(false).format(record("\u001B[1;93mloud\u001B[0m")));
    assertThat(line)
        .isEqualTo(
            "2026-12-07T06:00:00.123Z WARNING org.meridian.Example"
                + " [http-thread-pool::http-listener(1)] rid=abc-1 loud\n");
  }

  @Test
  void jsonLinesAreOneObjectPerLineWithEverythingEscaped() {
    String line =
        inRequest(
            "abc-2",
            () -> new LogFormat(true).format(record("a \"quote\", a \\ and\na new line\u001B")));
    assertThat(line)
        .isEqualTo(
            "{\"time\":\"2026-12-07T06:00:00.123Z\",\"level\":\"WARNING\",\"logger\":"
                + "\"org.meridian.Example\",\"thread\":\"http-thread-pool::http-listener(1)\","
                + "\"requestId\":\"abc-2\",\"message\":\"a \\\"quote\\\", a \\\\ and\\na new"
                + " line\\u001b\"}\n");
  }

  @Test
  void anExceptionStaysInsideItsJsonLine() {
    LogRecord record = record("failed");
    record.setThrown(new IllegalStateException("boom"));
    String line = new LogFormat(true).format(record);
    assertThat(line)
        .endsWith("\"}\n")
        .contains("\"exception\":\"java.lang.IllegalStateException: boom\\n");
    assertThat(line.substring(0, line.length() - 1)).doesNotContain("\n");
  }
}
