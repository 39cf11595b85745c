package org.meridian.tenancy.mail;

import java.time.Duration;
import java.util.Optional;
import java.util.function.Function;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The SMTP server the outbox is sent through ({@code meridian.smtp.*}). Without a host nothing is
 * sent: messages stay in the outbox, where HQ administrators can read them.
 *
 * @param host the SMTP server's host name, empty when none is configured
 * @param port its port (default 25)
 * @param user the user to authenticate as, empty for none
 * @param password that user's password
 * @param from the sender address of every message
 * @param startTls whether to require STARTTLS before sending
 * @param timeout how long to wait to connect, and for each answer of the server
 * @param interval how often a server looks for messages to send
 * @param backoff when to try again after a failure, and when to give up
 */
public record MailSettings(
    Optional<String> host,
    int port,
    Optional<String> user,
    String password,
    String from,
    boolean startTls,
    Duration timeout,
    Duration interval,
    Backoff backoff) {

  /** The settings from MicroProfile Config (system properties, environment, defaults). */
  public static MailSettings fromConfig() {
    Config config = ConfigProvider.getConfig(MailSettings.class.getClassLoader());
    return from(key -> config.getOptionalValue(key, String.class));
  }

  /**
   * Reads and checks the settings from {@code lookup} (a key to its value, if set).
   *
   * @throws IllegalArgumentException naming the setting that is wrong
   */
  public static MailSettings from(Function<String, Optional<String>> lookup) {
    Function<String, Optional<String>> read =
        key -> lookup.apply(key).map(String::strip).filter(v -> !v.isEmpty());
    Optional<String> host = read.apply("meridian.smtp.host");
    int port = number(read, "meridian.smtp.port", 25, 1, 65535);
    Optional<String> user = read.apply("meridian.smtp.user");
    String password = lookup.apply("meridian.smtp.password").orElse("");
    String from = read.apply("meridian.smtp.from").orElse("meridian@localhost");
    if (!from.matches("[^@\\s]+@[^@\\s]+")) {
      throw new IllegalArgumentException(
          "meridian.smtp.from must be an e-mail address: got '" + from + "'");
    }
    String tls = read.apply("meridian.smtp.starttls").orElse("false").toLowerCase();
    if (!tls.equals("true") && !tls.equals("false")) {
      throw new IllegalArgumentException(
          "meridian.smtp.starttls must be true or false: got '" + tls + "'");
    }
    int timeout = number(read, "meridian.smtp.timeout-seconds", 10, 1, 300);
    int interval = number(read, "meridian.smtp.interval-seconds", 15, 1, 3600);
    int retry = number(read, "meridian.smtp.retry-seconds", 60, 1, 86400);
    int attempts = number(read, "meridian.smtp.max-attempts", 8, 1, 100);
    return new MailSettings(
        host,
        port,
        user,
        password,
        from,
        Boolean.parseBoolean(tls),
        Duration.ofSeconds(timeout),
        Duration.ofSeconds(interval),
        new Backoff(Duration.ofSeconds(retry), Duration.ofHours(6), attempts));
  }

  /** Whether an SMTP server is configured: without one nothing is sent. */
  public boolean configured() {
    return host.isPresent();
  }

  /** Where messages go, for the log and the outbox screen (no password). */
  public String describe() {
    return host.map(h -> h + ":" + port + (startTls ? " (STARTTLS)" : "")).orElse("nowhere");
  }

  /**
   * How long a sender may hold a message it claimed before another server may take it: longer than
   * any send can last (connect, then a few commands, each bounded by the timeout).
   */
  public Duration claimLease() {
    Duration bounded = timeout.multipliedBy(10);
    return bounded.compareTo(Duration.ofMinutes(5)) > 0 ? bounded : Duration.ofMinutes(5);
  }

  private static int number(
      Function<String, Optional<String>> read, String key, int fallback, int min, int max) {
    String value = read.apply(key).orElse(null);
    if (value == null) {
      return fallback;
    }
    try {
      int number = Integer.parseInt(value);
      if (number >= min && number <= max) {
        return number;
      }
    } catch (NumberFormatException notANumber) {
      // refused below
    }
    throw new IllegalArgumentException(
        key + " must be a whole number from " + min + " to " + max + ": got '" + value + "'");
  }
}
