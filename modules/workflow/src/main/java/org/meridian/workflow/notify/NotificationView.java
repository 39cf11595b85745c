package org.meridian.workflow.notify;

import java.io.Serializable;
import java.time.Instant;

/** A detached view of a notification, for the inbox. */
public record NotificationView(
    long id,
    NotificationKind kind,
    long itemId,
    String title,
    String message,
    String actor,
    Instant createdAt,
    Instant readAt)
    implements Serializable {

  static NotificationView of(Notification n) {
    return new NotificationView(
        n.getId(),
        n.kind(),
        n.itemId(),
        n.title(),
        n.message(),
        n.actor(),
        n.getCreatedAt(),
        n.readAt());
  }

  public boolean isUnread() {
    return readAt == null;
  }
}
