package org.meridian.content.media;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** One item of the office uses one asset (its own or HQ's). */
@Entity
@Table(name = "media_use")
public class MediaUse extends org.meridian.tenancy.persistence.OfficeOwned {

  @Column(name = "item_id", nullable = false)
  private long itemId;

  @Column(name = "media_id", nullable = false)
  private long mediaId;

  protected MediaUse() {}

  MediaUse(long itemId, long mediaId) {
    this.itemId = itemId;
    this.mediaId = mediaId;
  }

  public long itemId() {
    return itemId;
  }

  public long mediaId() {
    return mediaId;
  }
}
