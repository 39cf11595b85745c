package org.meridian.workflow.audit;

import java.io.Serializable;
import java.util.List;

/**
 * One page of a search, newest first.
 *
 * @param scope what the search covered, after the access rules
 * @param more whether older entries follow
 */
public record AuditPage(AuditScope scope, List<AuditRow> rows, int offset, boolean more)
    implements Serializable {

  public AuditPage {
    rows = List.copyOf(rows);
  }
}
