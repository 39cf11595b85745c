package org.meridian.workflow.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.stream.Stream;
import org.meridian.workflow.csv.Csv;

/**
 * Writes audit rows as spreadsheet-safe CSV ({@link Csv}): no text from the trail (a slug, a token
 * name, a typed login) runs as a formula.
 */
public final class AuditCsv {

  static final List<String> HEADER =
      List.of(
          "when",
          "actor",
          "office",
          "acting_office",
          "action",
          "subject",
          "client_address",
          "before",
          "after");

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
                    row.actingOffice(),
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
    return Csv.line(cells);
  }
}
