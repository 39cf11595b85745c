package org.meridian.content;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.Objects;
import org.meridian.tenancy.persistence.OfficeOwned;

/**
 * An address an item had before its slug changed. It leads to the item itself, not to the next
 * address, so a chain of changes (A to B to C) never makes a chain of redirects: A and B both lead
 * straight to wherever the item is now.
 */
@Entity
@Table(name = "slug_redirect")
public class SlugRedirect extends OfficeOwned {

  @Column(name = "language", nullable = false, updatable = false, length = 35)
  private String language;

  @Column(name = "old_slug", nullable = false, updatable = false, length = Slug.MAX_LENGTH)
  private String oldSlug;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "item_id", nullable = false, updatable = false)
  private ContentItem item;

  @Column(name = "created_by", nullable = false, updatable = false, length = 254)
  private String createdBy;

  protected SlugRedirect() {}

  /** Keeps {@code oldSlug}, in the item's language, as an address of {@code item}. */
  SlugRedirect(ContentItem item, Slug oldSlug, String createdBy) {
    this.item = Objects.requireNonNull(item, "item");
    this.oldSlug = Objects.requireNonNull(oldSlug, "oldSlug").value();
    if (oldSlug.equals(item.slug())) {
      throw new IllegalArgumentException("An item's current address is not a redirect");
    }
    this.language = item.language().value();
    this.createdBy = Objects.requireNonNull(createdBy, "createdBy");
  }

  public Slug oldSlug() {
    return new Slug(oldSlug);
  }

  public ContentItem item() {
    return item;
  }

  /** Where the old address leads now: the item's current slug. */
  public Slug target() {
    return item.slug();
  }

  public String createdBy() {
    return createdBy;
  }
}
