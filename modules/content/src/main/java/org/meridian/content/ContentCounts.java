package org.meridian.content;

import java.time.Instant;

/**
 * How much content one office has: all its items, those live on its site, those that are not (never
 * published or taken offline), and when it last published something ({@code null}: never).
 */
public record ContentCounts(long items, long live, long drafts, Instant lastPublishedAt) {}
