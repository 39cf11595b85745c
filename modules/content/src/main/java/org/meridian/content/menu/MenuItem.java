package org.meridian.content.menu;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.Objects;
import org.meridian.content.ContentItem;
import org.meridian.tenancy.Refusal;
import org.meridian.tenancy.RefusedArgumentException;
import org.meridian.tenancy.office.LanguageTag;
import org.meridian.tenancy.persistence.OfficeOwned;

/**
 * One entry of an office's menu in one language: a label that leads to an item of the office, to an
 * address, or (with neither) only groups the entries below it.
 */
@Entity
@Table(name = "menu_item")
public class MenuItem extends OfficeOwned {

  public static final int MAX_LABEL = 120;

  @Enumerated(EnumType.STRING)
  @Column(name = "menu", nullable = false, length = 16)
  private MenuName menu;

  @Column(name = "language", nullable = false, length = 35)
  private String language;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "parent_id")
  private MenuItem parent;

  @Column(name = "sort_order", nullable = false)
  private int sortOrder;

  @Column(name = "label", nullable = false, length = MAX_LABEL)
  private String label;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "target_item_id")
  private ContentItem target;

  @Column(name = "url", length = 500)
  private String url;

  protected MenuItem() {}

  MenuItem(
      MenuName menu,
      LanguageTag language,
      MenuItem parent,
      int sortOrder,
      String label,
      ContentItem target,
      String url) {
    this.menu = Objects.requireNonNull(menu, "menu");
    this.language = Objects.requireNonNull(language, "language").value();
    if (parent != null && (parent.menu != menu || !parent.language.equals(this.language))) {
      throw new IllegalArgumentException("A menu entry sits under an entry of the same menu");
    }
    if (parent != null && parent.parent != null) {
      throw new IllegalArgumentException("Menus have two levels: this entry's parent is nested");
    }
    this.parent = parent;
    this.sortOrder = sortOrder;
    this.label = cleanLabel(label);
    lead(target, url);
  }

  static String cleanLabel(String label) {
    if (label == null || label.isBlank() || label.strip().length() > MAX_LABEL) {
      throw new MenuRefusedException(
          MenuRefusedException.Field.LABEL,
          Refusal.of(
              "menu.label_length_0",
              "A menu entry needs a label of 1 to {0} characters",
              MAX_LABEL));
    }
    return label.strip();
  }

  /** Renames the entry. */
  void rename(String label) {
    this.label = cleanLabel(label);
  }

  /** Points the entry at an item of the menu's language, an address, or (with neither) nothing. */
  void lead(ContentItem target, String url) {
    if (target != null && url != null) {
      throw new MenuRefusedException(
          MenuRefusedException.Field.ADDRESS,
          Refusal.of(
              "menu.item_or_address", "A menu entry leads to an item or an address, not both"));
    }
    if (target != null && !target.language().value().equals(language)) {
      throw new MenuRefusedException(
          MenuRefusedException.Field.TARGET,
          Refusal.of(
              "menu.item_in_language", "A menu entry leads to an item in the menu's language"));
    }
    String address;
    try {
      address = url == null ? null : MenuLinks.requireAddress(url);
    } catch (RefusedArgumentException e) {
      throw new MenuRefusedException(MenuRefusedException.Field.ADDRESS, e.refusal());
    }
    this.target = target;
    this.url = address;
  }

  /** Puts the entry under {@code parent} (a top-level entry of the same menu) at {@code order}. */
  void place(MenuItem parent, int order) {
    if (parent != null && (parent.parent != null || parent == this)) {
      throw new IllegalArgumentException("Menus have two levels: this entry's parent is nested");
    }
    if (this.parent != parent) {
      this.parent = parent;
    }
    if (this.sortOrder != order) {
      this.sortOrder = order;
    }
  }

  public MenuName menu() {
    return menu;
  }

  public LanguageTag language() {
    return new LanguageTag(language);
  }

  public MenuItem parent() {
    return parent;
  }

  public int sortOrder() {
    return sortOrder;
  }

  public String label() {
    return label;
  }

  public ContentItem target() {
    return target;
  }

  public String url() {
    return url;
  }
}
