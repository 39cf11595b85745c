package org.meridian.content.autosave;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.Objects;
import org.meridian.tenancy.persistence.OfficeOwned;

/** A person's unsaved text of an item, as last sent by the editor. */
@Entity
@Table(name = "autosave")
class Autosave extends OfficeOwned {

  @Column(name = "item_id", nullable = false, updatable = false)
  private long itemId;

  @Column(name = "person", nullable = false, updatable = false, length = 254)
  private String person;

  @Column(name = "based_on", nullable = false)
  private int basedOn;

  @Column(name = "title", nullable = false, length = 300)
  private String title;

  @Column(name = "summary", nullable = false)
  private String summary;

  @Column(name = "body", nullable = false)
  private String body;

  protected Autosave() {}

  Autosave(long itemId, String person) {
    this.itemId = itemId;
    this.person = Objects.requireNonNull(person, "person");
  }

  void keep(int basedOn, String title, String summary, String body) {
    this.basedOn = basedOn;
    this.title = title;
    this.summary = summary;
    this.body = body;
  }

  AutosavedText text() {
    return new AutosavedText(itemId, basedOn, title, summary, body, getModifiedAt());
  }
}
