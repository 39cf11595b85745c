package org.meridian.content.menu;

/**
 * A menu change that was refused (bad label or address, an entry that cannot move that way, a
 * person who may not edit menus); {@link #field()} says which field of the form it is about, if
 * any. Nothing was written.
 */
public class MenuRefusedException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  /** The field of the entry the refusal is about. */
  public enum Field {
    LABEL,
    TARGET,
    ADDRESS
  }

  private final transient Field field;

  public MenuRefusedException(String message) {
    this(null, message);
  }

  public MenuRefusedException(Field field, String message) {
    super(message);
    this.field = field;
  }

  /** The field the refusal is about; {@code null} for the entry or the menu as a whole. */
  public Field field() {
    return field;
  }
}
