package org.meridian.content.taxonomy;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.Objects;
import org.meridian.content.ContentItem;
import org.meridian.tenancy.persistence.OfficeOwned;

/** One theme on one of the office's items. */
@Entity
@Table(name = "item_theme")
public class ItemTheme extends OfficeOwned {

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "item_id", nullable = false, updatable = false)
  private ContentItem item;

  @ManyToOne(optional = false)
  @JoinColumn(name = "theme_id", nullable = false, updatable = false)
  private Theme theme;

  protected ItemTheme() {}

  ItemTheme(ContentItem item, Theme theme) {
    this.item = Objects.requireNonNull(item, "item");
    this.theme = Objects.requireNonNull(theme, "theme");
  }

  public ContentItem item() {
    return item;
  }

  public Theme theme() {
    return theme;
  }
}
