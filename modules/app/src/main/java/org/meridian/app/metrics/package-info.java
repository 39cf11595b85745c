/**
 * {@code /metrics}: this server's figures in Prometheus' text format, named {@code meridian_…} —
 * requests by office and kind with latency histograms, the page cache, the background queues,
 * sign-in failures, scheduled changes (docs/operations.md#metrics).
 */
package org.meridian.app.metrics;
