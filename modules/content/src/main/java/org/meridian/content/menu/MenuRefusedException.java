package org.meridian.content.menu;

import org.meridian.tenancy.Refusal;
import org.meridian.tenancy.Refused;

/**
 * A menu change that was refused (bad label or address, an entry that cannot move that way, a
 * person who may not edit menus); {@link #field()} says which field of the form it is about, if
 * any. Nothing was written.
 */
public class MenuRefusedException extends IllegalArgumentException implements Refused {

  private static final long serialVersionUID = 1L;

  /** The field of the entry the refusal is about. */
  public enum Field {
    LABEL,
    TARGET,
    ADDRESS
  }

  private final transient Field field;

  /** Why, by code. */
  private final Refusal refusal;

  public MenuRefusedException(Refusal refusal) {
    this(null, refusal);
  }

  public MenuRefusedException(Field field, Refusal refusal) {
    super(refusal.text());
    this.field = field;
    this.refusal = refusal;
  }

  @Override
  public Refusal refusal() {
    return refusal;
  }

  /** The field the refusal is about; {@code null} for the entry or the menu as a whole. */
  public Field field() {
    return field;
  }
}
