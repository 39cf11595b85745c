package org.meridian.app.launcher;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.logging.Formatter;
import java.util.logging.LogRecord;

/**
 * Meridian's log lines, for every logger of the server (the launcher installs it through Payara
 * Micro's {@code --logproperties}): plain text without terminal colour codes, or, with {@code
 * MERIDIAN_LOG_FORMAT=json}, one JSON object per line. Each line of a request carries its request
 * id, which {@code RequestIdFilter} puts in the name of the thread that serves it (a name both
 * class loaders can read: this class is loaded outside the application).
 */
public final class LogFormat extends Formatter {

  /** What the request id filter appends to a thread's name while it serves a request. */
  public static final String REQUEST_MARK = " rid=";

  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'", Locale.ROOT)
          .withZone(ZoneOffset.UTC);

  private final boolean json;

  public LogFormat() {
    this("json".equalsIgnoreCase(String.valueOf(Settings.fromProcess("meridian.log.format"))));
  }

  LogFormat(boolean json) {
    this.json = json;
  }

  @Override
  public String format(LogRecord record) {
    String thread = Thread.currentThread().getName();
    String requestId = "";
    int mark = thread.indexOf(REQUEST_MARK);
    if (mark >= 0) {
      requestId = thread.substring(mark + REQUEST_MARK.length());
      thread = thread.substring(0, mark);
    }
    String message = formatMessage(record);
    String thrown = record.getThrown() == null ? "" : stackTrace(record.getThrown());
    Instant time = record.getInstant();
    String logger = record.getLoggerName() == null ? "" : record.getLoggerName();
    if (json) {
      StringBuilder line = new StringBuilder(160 + message.length());
      line.append("{\"time\":\"").append(TIME.format(time)).append('"');
      field(line, "level", record.getLevel().getName());
      field(line, "logger", logger);
      field(line, "thread", thread);
      if (!requestId.isEmpty()) {
        field(line, "requestId", requestId);
      }
      field(line, "message", message);
      if (!thrown.isEmpty()) {
        field(line, "exception", thrown);
      }
      return line.append("}\n").toString();
    }
    StringBuilder line = new StringBuilder(96 + message.length());
    line.append(TIME.format(time))
        .append(' ')
        .append(record.getLevel().getName())
        .append(' ')
        .append(logger)
        .append(" [")
        .append(thread)
        .append(']');
    if (!requestId.isEmpty()) {
      line.append(" rid=").append(requestId);
    }
    line.append(' ').append(plain(message)).append('\n');
    if (!thrown.isEmpty()) {
      line.append(plain(thrown));
    }
    return line.toString();
  }

  private static void field(StringBuilder line, String name, String value) {
    line.append(",\"").append(name).append("\":\"");
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '"' -> line.append("\\\"");
        case '\\' -> line.append("\\\\");
        case '\n' -> line.append("\\n");
        case '\r' -> line.append("\\r");
        case '\t' -> line.append("\\t");
        default -> {
          if (c < 0x20 || c == 0x2028 || c == 0x2029) {
            line.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
          } else {
            line.append(c);
          }
        }
      }
    }
    line.append('"');
  }

  /** Without terminal escape sequences (a message may carry colour codes of its own). */
  static String plain(String text) {
    return text.replaceAll("\u001B\\[[0-9;?]*[A-Za-z]", "").replace('\u001B', '?');
  }

  private static String stackTrace(Throwable thrown) {
    StringWriter trace = new StringWriter();
    thrown.printStackTrace(new PrintWriter(trace));
    return trace.toString();
  }
}
