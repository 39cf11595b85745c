package org.meridian.app.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Filter;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * Keeps one request's stack trace per request out of the log, for a cookie that no browser sends
 * but anyone can: {@code JSESSIONIDVERSION} quoted in an RFC 2965 cookie header ({@code
 * JSESSIONID=x; JSESSIONIDVERSION="2f:0"; $Path="/"}). Payara's web container reads it as the
 * version of a replicated session before any filter of ours runs, fails on the quotes ("Odd number
 * of hexadecimal digits"), answers an empty 200 and logs a SEVERE stack trace of 60 lines: so a
 * client could fill the log at the rate it sends requests. The stack trace is dropped; one WARNING
 * line a minute at most says how many such requests came (docs/operations.md, "Logs").
 *
 * <p>What the visitor gets (the empty answer) is Payara's and is not changed here: it happens
 * before the application sees the request.
 */
public final class MalformedSessionVersionLines implements Filter {

  static final String CONTAINER_LOGGER = "jakarta.enterprise.web.core";
  private static final Logger LOG = Logger.getLogger(MalformedSessionVersionLines.class.getName());
  private static final Duration EVERY = Duration.ofMinutes(1);

  private final Filter before;
  private final Clock clock;
  private final AtomicLong unreported = new AtomicLong();
  private final AtomicReference<Instant> lastReport = new AtomicReference<>(Instant.EPOCH);

  MalformedSessionVersionLines(Filter before, Clock clock) {
    this.before = before;
    this.clock = clock;
  }

  /** Puts the filter on every handler of the root logger (the console's, from the launcher). */
  static void install(Clock clock) {
    for (Handler handler : Logger.getLogger("").getHandlers()) {
      if (!(handler.getFilter() instanceof MalformedSessionVersionLines)) {
        handler.setFilter(new MalformedSessionVersionLines(handler.getFilter(), clock));
      }
    }
  }

  /** Takes the filter off again, when the application stops. */
  static void uninstall() {
    for (Handler handler : Logger.getLogger("").getHandlers()) {
      if (handler.getFilter() instanceof MalformedSessionVersionLines lines) {
        handler.setFilter(lines.before);
      }
    }
  }

  @Override
  public boolean isLoggable(LogRecord record) {
    if (isMalformedSessionVersion(record)) {
      count();
      return false;
    }
    return before == null || before.isLoggable(record);
  }

  /** Payara's stack trace for a session version cookie it could not read. */
  static boolean isMalformedSessionVersion(LogRecord record) {
    if (!CONTAINER_LOGGER.equals(record.getLoggerName())
        || !(record.getThrown() instanceof IllegalArgumentException thrown)) {
      return false;
    }
    for (StackTraceElement frame : thrown.getStackTrace()) {
      if (frame.getMethodName().equals("parseSessionVersionString")) {
        return true;
      }
    }
    return false;
  }

  /** Counts one; at most once a minute, says how many came since the last line. */
  private void count() {
    unreported.incrementAndGet();
    Instant now = clock.instant();
    Instant last = lastReport.get();
    if (now.isBefore(last.plus(EVERY)) || !lastReport.compareAndSet(last, now)) {
      return;
    }
    long reported = unreported.getAndSet(0);
    LOG.log(
        Level.WARNING,
        "{0} request(s) with a session version cookie that is not Payara''s (JSESSIONIDVERSION"
            + " quoted, as RFC 2965 clients send it) since the last such line: Payara answered"
            + " each with an empty page before Meridian saw it; its stack traces are left out",
        reported);
  }
}
