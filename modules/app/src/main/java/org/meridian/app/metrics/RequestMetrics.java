package org.meridian.app.metrics;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiConsumer;

/**
 * Latency histograms of the requests this server answered, by office (the public site's or the
 * API's; {@code none} otherwise) and kind: {@code page-cache-hit}, {@code page-cache-miss}, {@code
 * page-uncached}, {@code api}, {@code console}, {@code management}, {@code static}. Offices are
 * only those the request was served for, so addresses made up by a client add no series.
 */
@ApplicationScoped
public class RequestMetrics {

  record Labels(String office, String kind) {}

  private final Map<Labels, LatencyHistogram> histograms = new ConcurrentHashMap<>();

  void record(String office, String kind, long nanos) {
    histograms.computeIfAbsent(new Labels(office, kind), l -> new LatencyHistogram()).record(nanos);
  }

  void forEach(BiConsumer<Labels, LatencyHistogram> action) {
    histograms.forEach(action);
  }
}
