package org.meridian.workflow.csv;

import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * CSV lines (RFC 4180: comma-separated, CRLF line ends, fields with a comma, quote or line break
 * quoted, quotes doubled) that are safe to open in a spreadsheet: a cell that starts with {@code
 * =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return gets a leading apostrophe, so
 * that no text typed by anyone (a slug, a name, a login) runs as a formula.
 */
public final class Csv {

  private Csv() {}

  /** One line of cells, with its CRLF. */
  public static String line(Stream<String> cells) {
    return cells.map(Csv::cell).collect(Collectors.joining(",")) + "\r\n";
  }

  /** One field: made formula-safe, then quoted when it must be. */
  public static String cell(String value) {
    if (value == null || value.isEmpty()) {
      return "";
    }
    String safe = startsLikeAFormula(value) ? "'" + value : value;
    boolean quote =
        safe.indexOf(',') >= 0
            || safe.indexOf('"') >= 0
            || safe.indexOf('\n') >= 0
            || safe.indexOf('\r') >= 0;
    return quote ? '"' + safe.replace("\"", "\"\"") + '"' : safe;
  }

  private static boolean startsLikeAFormula(String value) {
    char first = value.charAt(0);
    return first == '='
        || first == '+'
        || first == '-'
        || first == '@'
        || first == '\t'
        || first == '\r';
  }
}
