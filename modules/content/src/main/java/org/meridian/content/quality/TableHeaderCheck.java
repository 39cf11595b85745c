package org.meridian.content.quality;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.meridian.tenancy.Refusal;

/**
 * A table has a header row: its first row is made of header cells ({@code th}), in a {@code thead}
 * or not, so that a screen reader names each cell's column.
 */
public final class TableHeaderCheck implements BodyCheck {

  @Override
  public String rule() {
    return "table_header";
  }

  @Override
  public List<Finding> check(Document body, BodyContext context) {
    List<Finding> found = new ArrayList<>();
    for (Element table : body.select("table")) {
      Element first = table.selectFirst("tr");
      boolean header =
          first != null
              && !first.children().isEmpty()
              && first.children().stream().allMatch(cell -> cell.tagName().equals("th"));
      if (!header) {
        found.add(
            new Finding(
                rule(),
                first == null ? "" : first.text(),
                Places.of(body, table),
                Refusal.of("quality.table_header", "A table has no header row"),
                Refusal.of(
                    "quality.table_header_fix",
                    "Make its first row the header row, with a heading for each column")));
      }
    }
    return found;
  }
}
