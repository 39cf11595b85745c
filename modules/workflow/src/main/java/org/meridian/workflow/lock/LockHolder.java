package org.meridian.workflow.lock;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

/** Someone else who has an item open in the editor: what the others are told. */
public record LockHolder(long itemId, String email, String name, Instant since)
    implements java.io.Serializable {

  private static final DateTimeFormatter HOURS = DateTimeFormatter.ofPattern("HH:mm");
  private static final DateTimeFormatter DAY_AND_HOURS =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  static LockHolder of(EditLock lock) {
    return new LockHolder(lock.itemId(), lock.personEmail(), lock.personName(), lock.since());
  }

  /**
   * When editing began, in {@code zone} (the office's): {@code HH:MM} when that is today there,
   * with the date before it otherwise.
   */
  public String sinceIn(ZoneId zone, Instant now) {
    ZonedDateTime began = since.atZone(zone);
    boolean today = began.toLocalDate().equals(now.atZone(zone).toLocalDate());
    return (today ? HOURS : DAY_AND_HOURS).format(began);
  }
}
