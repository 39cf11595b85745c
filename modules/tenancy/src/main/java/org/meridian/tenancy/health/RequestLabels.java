package org.meridian.tenancy.health;

/**
 * Request attributes by which the module that served a request tells the metrics what it was: the
 * office it belonged to and, for public pages, whether the page cache answered.
 */
public final class RequestLabels {

  /** The office's code (a String). */
  public static final String OFFICE = "meridian.metrics.office";

  /** The kind of answer (a String): {@link #PAGE_CACHE_HIT} or {@link #PAGE_CACHE_MISS}. */
  public static final String KIND = "meridian.metrics.kind";

  public static final String PAGE_CACHE_HIT = "page-cache-hit";
  public static final String PAGE_CACHE_MISS = "page-cache-miss";

  private RequestLabels() {}
}
