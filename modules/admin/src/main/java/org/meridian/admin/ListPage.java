package org.meridian.admin;

import java.io.Serializable;

/**
 * Which page of a list an address asks for ({@code ?page=N}), made sensible: anything that is not a
 * positive number is the first page, a page past the end is the last one, and an empty list has one
 * (empty) page.
 */
record ListPage(int number, int size, long total) implements Serializable {

  static ListPage of(String asked, int size, long total) {
    int pages = pages(size, total);
    int number = 1;
    if (asked != null && asked.strip().matches("[0-9]{1,9}")) {
      number = Math.max(1, Math.min(Integer.parseInt(asked.strip()), pages));
    }
    return new ListPage(number, size, total);
  }

  /** The page asked for before the total is known: at least 1, at most {@code 999,999,999}. */
  static int asked(String asked) {
    return asked != null && asked.strip().matches("[0-9]{1,9}")
        ? Math.max(1, Integer.parseInt(asked.strip()))
        : 1;
  }

  int pages() {
    return pages(size, total);
  }

  /** The index of the page's first row. */
  int first() {
    return (number - 1) * size;
  }

  boolean hasPrevious() {
    return number > 1;
  }

  boolean hasNext() {
    return number < pages();
  }

  private static int pages(int size, long total) {
    return (int) Math.max(1, (total + size - 1) / size);
  }
}
