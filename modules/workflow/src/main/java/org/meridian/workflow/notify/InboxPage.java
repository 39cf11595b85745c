package org.meridian.workflow.notify;

import java.io.Serializable;
import java.util.List;

/** One page of a person's inbox, newest first. */
public record InboxPage(List<NotificationView> items, int page, int size, long total, long unread)
    implements Serializable {

  public boolean hasPrevious() {
    return page > 0;
  }

  public boolean hasNext() {
    return (long) (page + 1) * size < total;
  }
}
