package org.meridian.content;

/** The orders of the editors' content list; ties fall back to the newest item first. */
public enum EditorSort {
  /** Most recently changed first (the default). */
  RECENT(" order by i.modifiedAt desc, i.id desc"),
  /** Least recently changed first. */
  OLDEST(" order by i.modifiedAt asc, i.id asc"),
  /** By the latest revision's title, A to Z. */
  TITLE(" order by i.latestTitle asc, i.id desc"),
  /** By type, then most recently changed. */
  TYPE(" order by i.type asc, i.modifiedAt desc, i.id desc"),
  /** Earliest review-by date first; items without one last. */
  REVIEW_BY(" order by i.reviewBy asc nulls last, i.id desc");

  private final String orderBy;

  EditorSort(String orderBy) {
    this.orderBy = orderBy;
  }

  /**
   * The JPQL {@code order by} clause over {@code i} (the item; its latest revision's title is
   * {@code i.latestTitle}).
   */
  String orderBy() {
    return orderBy;
  }
}
