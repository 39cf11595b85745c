package org.meridian.admin;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.meridian.tenancy.mail.MailOutbox;
import org.meridian.tenancy.mail.OutboxEntry;

/** HQ's view of the mail outbox, until messages are really sent. */
@Named
@ViewScoped
public class OutboxList implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final int SHOWN = 100;

  @Inject private transient MailOutbox outbox;

  private List<OutboxEntry> messages = List.of();

  @PostConstruct
  void init() {
    messages = outbox.latest(SHOWN);
  }

  public List<OutboxEntry> getMessages() {
    return messages;
  }
}
