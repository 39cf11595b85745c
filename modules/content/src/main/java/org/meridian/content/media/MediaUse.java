package org.meridian.content.media;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/**
 * One item of the office uses one asset (its own or HQ's); {@code live} when the item's live
 * revision uses it, which is what makes the file public (see {@link MediaUses#liveAssetsOf}).
 */
@Entity
@Table(name = "media_use")
public class MediaUse extends org.meridian.tenancy.persistence.OfficeOwned {

  @Column(name = "item_id", nullable = false)
  private long itemId;

  @Column(name = "media_id", nullable = false)
  private long mediaId;

  @Column(name = "live", nullable = false)
  private boolean live;

  protected MediaUse() {}

  MediaUse(long itemId, long mediaId, boolean live) {
    this.itemId = itemId;
    this.mediaId = mediaId;
    this.live = live;
  }

  /** Whether the item's live revision uses the asset. */
  public boolean live() {
    return live;
  }

  void markLive(boolean live) {
    this.live = live;
  }

  public long itemId() {
    return itemId;
  }

  public long mediaId() {
    return mediaId;
  }
}
