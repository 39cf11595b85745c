package org.meridian.workflow.notify;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import org.meridian.tenancy.people.Account;
import org.meridian.tenancy.persistence.OfficeOwned;

/** One message to one person about one item of the office; read once they marked it so. */
@Entity
@Table(name = "notification")
public class Notification extends OfficeOwned {

  static final int TITLE_LENGTH = 300;
  static final int MESSAGE_LENGTH = 2000;

  @Column(name = "recipient", nullable = false, updatable = false, length = 254)
  private String recipient;

  @Enumerated(EnumType.STRING)
  @Column(name = "kind", nullable = false, updatable = false, length = 32)
  private NotificationKind kind;

  @Column(name = "item_id", nullable = false, updatable = false)
  private long itemId;

  @Column(name = "title", nullable = false, updatable = false, length = TITLE_LENGTH)
  private String title;

  @Column(name = "message", nullable = false, updatable = false, length = MESSAGE_LENGTH)
  private String message;

  @Column(name = "actor", nullable = false, updatable = false, length = 254)
  private String actor;

  @Column(name = "read_at")
  private Instant readAt;

  protected Notification() {}

  public Notification(
      String recipient,
      NotificationKind kind,
      long itemId,
      String title,
      String message,
      String actor) {
    this.recipient = Account.normaliseEmail(recipient);
    this.kind = Objects.requireNonNull(kind, "kind");
    this.itemId = itemId;
    this.title = cut(title == null || title.isBlank() ? "Item " + itemId : title, TITLE_LENGTH);
    this.message = cut(Objects.requireNonNull(message, "message"), MESSAGE_LENGTH);
    this.actor = cut(Objects.requireNonNull(actor, "actor"), 254);
  }

  static String cut(String text, int max) {
    String stripped = text.strip();
    return stripped.length() <= max ? stripped : stripped.substring(0, max - 1) + "…";
  }

  public String recipient() {
    return recipient;
  }

  public NotificationKind kind() {
    return kind;
  }

  public long itemId() {
    return itemId;
  }

  public String title() {
    return title;
  }

  public String message() {
    return message;
  }

  public String actor() {
    return actor;
  }

  public Instant readAt() {
    return readAt;
  }
}
