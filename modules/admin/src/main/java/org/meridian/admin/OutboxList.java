package org.meridian.admin;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.meridian.tenancy.mail.MailOutbox;
import org.meridian.tenancy.mail.MailSettings;
import org.meridian.tenancy.mail.OutboxEntry;

/** HQ's view of the mail outbox: every message with where its delivery stands. */
@Named
@ViewScoped
public class OutboxList implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final int SHOWN = 100;
  private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

  @Inject private MailOutbox outbox;

  private List<OutboxEntry> messages = List.of();
  private String server;

  @PostConstruct
  void init() {
    messages = outbox.latest(SHOWN);
    MailSettings settings = MailSettings.fromConfig();
    server = settings.configured() ? settings.describe() : null;
  }

  public List<OutboxEntry> getMessages() {
    return messages;
  }

  /** The SMTP server messages are sent through, or {@code null} when none is configured. */
  public String getServer() {
    return server;
  }

  /** A time in UTC, or an empty string. */
  public String when(Instant instant) {
    return instant == null ? "" : WHEN.format(instant.atZone(ZoneOffset.UTC)) + " UTC";
  }
}
