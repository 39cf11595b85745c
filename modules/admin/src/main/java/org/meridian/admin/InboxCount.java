package org.meridian.admin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.meridian.workflow.notify.Inbox;
import org.meridian.workflow.notify.InboxRefusedException;

/** The unread count in the console's header: read at most once per request. */
@Named
@RequestScoped
public class InboxCount {

  @Inject private Inbox inbox;
  @Inject private CurrentOffice currentOffice;

  private Long unread;

  public long getUnread() {
    if (unread == null) {
      unread = count();
    }
    return unread;
  }

  private long count() {
    if (currentOffice.office().isEmpty() || currentOffice.getEmail() == null) {
      return 0;
    }
    try {
      return inbox.unread(currentOffice.getEmail());
    } catch (InboxRefusedException refused) {
      return 0;
    }
  }
}
