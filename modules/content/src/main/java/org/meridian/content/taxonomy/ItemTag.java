package org.meridian.content.taxonomy;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.Objects;
import org.meridian.content.ContentItem;
import org.meridian.tenancy.persistence.OfficeOwned;

/** One of the office's tags on one of its items. */
@Entity
@Table(name = "item_tag")
public class ItemTag extends OfficeOwned {

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "item_id", nullable = false, updatable = false)
  private ContentItem item;

  @ManyToOne(optional = false)
  @JoinColumn(name = "tag_id", nullable = false, updatable = false)
  private Tag tag;

  protected ItemTag() {}

  ItemTag(ContentItem item, Tag tag) {
    this.item = Objects.requireNonNull(item, "item");
    this.tag = Objects.requireNonNull(tag, "tag");
  }

  public ContentItem item() {
    return item;
  }

  public Tag tag() {
    return tag;
  }
}
