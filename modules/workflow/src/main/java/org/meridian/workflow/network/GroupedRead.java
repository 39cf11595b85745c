package org.meridian.workflow.network;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.meridian.tenancy.office.OfficeRef;

/**
 * Leave to read figures of every office at once, grouped by office: only {@link
 * AcrossOffices#readGrouped} makes one (after checking the reader and recording the read), and the
 * grouped statements ({@code network.internal.NetworkRows}) take it as their first argument. It
 * names the offices of the read, each row of a statement is keyed by its own office among them, and
 * it ends with the read's transaction.
 */
public final class GroupedRead {

  private final Map<Long, OfficeRef> offices = new LinkedHashMap<>();
  private volatile boolean open = true;

  GroupedRead(List<OfficeRef> offices) {
    offices.forEach(o -> this.offices.put(o.id(), o));
  }

  /** The network's offices at the start of the read, HQ first. */
  public List<OfficeRef> offices() {
    requireOpen();
    return List.copyOf(offices.values());
  }

  /** The office of a row's {@code office_id}; empty for an office made after the read began. */
  public Optional<OfficeRef> office(long id) {
    requireOpen();
    return Optional.ofNullable(offices.get(id));
  }

  void close() {
    open = false;
  }

  private void requireOpen() {
    if (!open) {
      throw new IllegalStateException("A grouped read across offices is over; start another");
    }
  }
}
