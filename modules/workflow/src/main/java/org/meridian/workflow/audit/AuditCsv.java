package org.meridian.workflow.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Writes audit rows as CSV (RFC 4180: comma-separated, CRLF line ends, fields with a comma, quote
 * or line break quoted, quotes doubled). Safe to open in a spreadsheet: a cell that starts with
 * {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return gets a leading apostrophe,
 * so that no text from the trail (a slug, a token name, a typed login) runs as a formula.
 */
public final class AuditCsv {

  static final List<String> HEADER =
      List.of("when", "actor", "office", "action", "subject", "client_address", "before", "after");

  private AuditCsv() {}

  /** Writes the header line and one line per row. */
  public static void write(List<AuditRow> rows, Writer out) {
    try {
      out.write(line(HEADER.stream()));
      for (AuditRow row : rows) {
        out.write(
            line(
                Stream.of(
                    row.when().toString(),
                    row.actor(),
                    row.office(),
                    row.action(),
                    row.subject(),
                    row.clientAddress(),
                    row.before(),
                    row.after())));
      }
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String line(Stream<String> cells) {
    return cells.map(AuditCsv::cell).collect(Collectors.joining(",")) + "\r\n";
  }

  /** One field: made formula-safe, then quoted when it must be. */
  static String cell(String value) {
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
