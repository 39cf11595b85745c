package org.meridian.workflow.notify.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.meridian.tenancy.mail.MailOutbox;
import org.meridian.tenancy.office.OfficeRef;
import org.meridian.tenancy.reset.ResetLinks;
import org.meridian.workflow.notify.Notification;

/** Puts a notification's e-mail in the outbox, in the caller's transaction. */
@ApplicationScoped
class NotificationMail {

  @Inject private MailOutbox outbox;
  @Inject private ResetLinks links;

  void queue(OfficeRef office, Notification notification) {
    String code = office.code().value();
    outbox.put(
        notification.recipient(),
        subject(code, notification),
        body(links.console(), code, notification));
  }

  static String subject(String officeCode, Notification n) {
    String subject = "[Meridian " + officeCode + "] " + n.kind().label() + ": " + n.title();
    return subject.length() <= 300 ? subject : subject.substring(0, 299) + "…";
  }

  /** The message, a link to the item and one to the inbox; {@code console} ends with a slash. */
  static String body(String console, String officeCode, Notification n) {
    return n.message()
        + "\n\nOpen the item: "
        + console
        + "content/edit.xhtml?item="
        + n.itemId()
        + "&office="
        + officeCode
        + "\nYour inbox: "
        + console
        + "inbox.xhtml?office="
        + officeCode
        + "\n\nYou receive this because you work in "
        + officeCode
        + " on Meridian.\n";
  }
}
