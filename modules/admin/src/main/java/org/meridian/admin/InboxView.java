package org.meridian.admin;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.meridian.workflow.notify.Inbox;
import org.meridian.workflow.notify.InboxPage;
import org.meridian.workflow.notify.InboxRefusedException;
import org.meridian.workflow.notify.NotificationView;

/**
 * The signed-in person's notifications in the current office ({@code ?page=N}), newest first, with
 * mark read and mark all read. {@link Inbox} decides whose notifications these are.
 */
@Named
@ViewScoped
public class InboxView implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final int PAGE_SIZE = 20;
  private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  @Inject private Inbox inbox;
  @Inject private CurrentOffice currentOffice;

  private int page;
  private InboxPage current;

  @PostConstruct
  void init() {
    String wanted =
        FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("page");
    try {
      page = wanted == null ? 0 : Math.max(0, Integer.parseInt(wanted.strip()));
    } catch (NumberFormatException notANumber) {
      page = 0;
    }
    refresh();
  }

  private void refresh() {
    if (currentOffice.office().isEmpty()) {
      current = null;
      return;
    }
    try {
      current = inbox.mine(currentOffice.getEmail(), page, PAGE_SIZE);
    } catch (InboxRefusedException refused) {
      current = null;
      Messages.refusal(refused);
    }
  }

  public void markRead(NotificationView notification) {
    try {
      if (!inbox.markRead(currentOffice.getEmail(), notification.id())) {
        Messages.error("inbox.not_in_inbox");
      }
    } catch (InboxRefusedException refused) {
      Messages.refusal(refused);
    }
    refresh();
  }

  public void markAllRead() {
    try {
      int marked = inbox.markAllRead(currentOffice.getEmail());
      Messages.info(
          marked == 0
              ? "inbox.nothing_unread"
              : marked == 1 ? "inbox.one_marked_read" : "inbox.marked_read_0",
          marked);
    } catch (InboxRefusedException refused) {
      Messages.refusal(refused);
    }
    refresh();
  }

  /** A time in the office's time zone. */
  public String when(Instant instant) {
    ZoneId zone = currentOffice.office().map(o -> o.timeZone()).orElse(ZoneOffset.UTC);
    return WHEN.format(instant.atZone(zone)) + " (" + zone.getId() + ")";
  }

  public InboxPage getCurrent() {
    return current;
  }

  public int getPage() {
    return page;
  }
}
