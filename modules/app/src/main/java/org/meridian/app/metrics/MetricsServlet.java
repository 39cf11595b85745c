package org.meridian.app.metrics;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.meridian.app.database.ConnectionUse;
import org.meridian.content.syndication.FanOut;
import org.meridian.site.PageCache;
import org.meridian.tenancy.health.Backlog;
import org.meridian.tenancy.health.BuildInfo;
import org.meridian.tenancy.health.OperationCounters;
import org.meridian.tenancy.mail.MailOutbox;

/**
 * {@code /metrics} in Prometheus' text format (version 0.0.4), to this machine and to the addresses
 * of {@code meridian.metrics.allowed-addresses}; anyone else gets 404, as if there were none (the
 * front never passes it either).
 */
@WebServlet(urlPatterns = "/metrics")
public class MetricsServlet extends HttpServlet {

  private static final Set<String> LOOPBACK = Set.of("127.0.0.1", "0:0:0:0:0:0:0:1", "::1");

  @Inject private RequestMetrics requests;
  @Inject private PageCache pageCache;
  @Inject private FanOut fanOut;
  @Inject private MailOutbox outbox;
  @Inject private OperationCounters counters;
  @Inject private Clock clock;

  @Inject
  @ConfigProperty(name = "meridian.metrics.allowed-addresses", defaultValue = " ")
  private String allowed;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    if (!mayRead(request.getRemoteAddr(), allowed)) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    PrometheusText text = new PrometheusText();
    text.gauge(
        "meridian_build_info", "The release this server runs.", 1, "version", BuildInfo.version());
    text.histogramHeader(
        "meridian_request_duration_seconds",
        "Requests answered, by office and kind, and how long they took.");
    requests.forEach(
        (labels, histogram) ->
            text.histogram(
                "meridian_request_duration_seconds",
                histogram,
                "office",
                labels.office(),
                "kind",
                labels.kind()));
    PageCache.Figures cache = pageCache.figures();
    text.counter(
        "meridian_page_cache_hits_total",
        "Public pages answered from the page cache.",
        cache.hits());
    text.counter(
        "meridian_page_cache_misses_total",
        "Public pages rendered (not in the cache).",
        cache.misses());
    long asked = cache.hits() + cache.misses();
    text.gauge(
        "meridian_page_cache_hit_ratio",
        "Hits over all lookups since start.",
        asked == 0 ? 0 : (double) cache.hits() / asked);
    text.gauge("meridian_page_cache_pages", "Pages held.", cache.pages());
    text.gauge("meridian_page_cache_bytes", "Bytes held.", cache.bytes());
    text.gauge("meridian_page_cache_capacity_bytes", "Bytes it may hold.", cache.capacityBytes());
    var now = clock.instant();
    backlog(
        text,
        "meridian_fanout",
        "syndication lines waiting for the fan-out",
        fanOut.backlog(),
        now);
    text.gauge(
        "meridian_fanout_failed",
        "Syndication lines that failed (see the sharing report).",
        fanOut.failedLines());
    backlog(text, "meridian_outbox", "e-mails due and not sent", outbox.due(now), now);
    text.gauge(
        "meridian_outbox_failed", "E-mails given up after every attempt.", outbox.failedCount());
    text.counter(
        "meridian_signin_failures_total",
        "Sign-ins refused (wrong name or password).",
        counters.signInFailures());
    text.counter(
        "meridian_scheduled_changes_total",
        "Scheduled publishes and unpublishes carried out by this server.",
        counters.scheduledChanges());
    text.gauge(
        "meridian_db_connections_in_use",
        "Database connections the application holds now (taken from the pool, not given back).",
        ConnectionUse.inUse());
    text.gauge("meridian_db_connections_max", "The pool's largest size.", ConnectionUse.POOL_MAX);
    text.counter(
        "meridian_db_connections_acquired_total",
        "Connections taken from the pool since start.",
        ConnectionUse.acquired());
    text.gauge(
        "meridian_db_connections_most_held_by_one_thread",
        "The most connections one thread has held at once since start (above 1, requests can"
            + " take the whole pool and wait for each other; the log names the code).",
        ConnectionUse.mostHeldByOneThread());
    var memory = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
    text.gauge("meridian_jvm_heap_used_bytes", "Heap in use.", memory.getUsed());
    text.gauge("meridian_jvm_heap_max_bytes", "Largest heap allowed.", memory.getMax());
    text.gauge(
        "meridian_uptime_seconds",
        "Seconds since this server started.",
        ManagementFactory.getRuntimeMXBean().getUptime() / 1000.0);
    byte[] body = text.toString().getBytes(StandardCharsets.UTF_8);
    response.setContentType("text/plain; version=0.0.4; charset=utf-8");
    response.setHeader("Cache-Control", "no-store");
    response.setContentLength(body.length);
    response.getOutputStream().write(body);
  }

  private static void backlog(
      PrometheusText text, String name, String what, Backlog backlog, java.time.Instant now) {
    text.gauge(name + "_waiting", "How many " + what + ".", backlog.waiting());
    text.gauge(
        name + "_oldest_wait_seconds",
        "How long the oldest of the " + what + " has waited (0 when none).",
        backlog
            .oldestSince()
            .map(since -> Duration.between(since, now).toMillis() / 1000.0)
            .orElse(0.0));
  }

  /** Whether {@code remote} (the direct peer, never a forwarded address) may read the metrics. */
  static boolean mayRead(String remote, String allowed) {
    if (remote == null) {
      return false;
    }
    if (LOOPBACK.contains(remote)) {
      return true;
    }
    for (String address : allowed.split(",")) {
      if (address.strip().equals(remote)) {
        return true;
      }
    }
    return false;
  }
}
