package org.meridian.app.metrics;

import java.util.Locale;

/** Writes Prometheus' text exposition format: HELP and TYPE lines, samples, escaped labels. */
final class PrometheusText {

  private final StringBuilder out = new StringBuilder(8192);

  void counter(String name, String help, long value) {
    header(name, help, "counter");
    out.append(name).append(' ').append(value).append('\n');
  }

  void gauge(String name, String help, double value, String... labels) {
    header(name, help, "gauge");
    out.append(name);
    labels(labels, null);
    out.append(' ').append(number(value)).append('\n');
  }

  void histogramHeader(String name, String help) {
    header(name, help, "histogram");
  }

  void histogram(String name, LatencyHistogram histogram, String... labels) {
    for (int i = 0; i < LatencyHistogram.BOUNDS.length; i++) {
      out.append(name).append("_bucket");
      labels(labels, number(LatencyHistogram.BOUNDS[i]));
      out.append(' ').append(histogram.cumulative(i)).append('\n');
    }
    out.append(name).append("_bucket");
    labels(labels, "+Inf");
    out.append(' ').append(histogram.count()).append('\n');
    out.append(name).append("_sum");
    labels(labels, null);
    out.append(' ').append(number(histogram.sumSeconds())).append('\n');
    out.append(name).append("_count");
    labels(labels, null);
    out.append(' ').append(histogram.count()).append('\n');
  }

  private void header(String name, String help, String type) {
    out.append("# HELP ").append(name).append(' ').append(help).append('\n');
    out.append("# TYPE ").append(name).append(' ').append(type).append('\n');
  }

  private void labels(String[] pairs, String le) {
    if (pairs.length == 0 && le == null) {
      return;
    }
    out.append('{');
    String separator = "";
    for (int i = 0; i + 1 < pairs.length; i += 2) {
      out.append(separator).append(pairs[i]).append("=\"").append(escape(pairs[i + 1])).append('"');
      separator = ",";
    }
    if (le != null) {
      out.append(separator).append("le=\"").append(le).append('"');
    }
    out.append('}');
  }

  static String escape(String value) {
    return value.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
  }

  static String number(double value) {
    if (value == Math.rint(value) && Math.abs(value) < 1e15) {
      return Long.toString((long) value);
    }
    return String.format(Locale.ROOT, "%s", value);
  }

  @Override
  public String toString() {
    return out.toString();
  }
}
