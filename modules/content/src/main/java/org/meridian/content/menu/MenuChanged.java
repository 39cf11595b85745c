package org.meridian.content.menu;

import java.util.Objects;
import org.meridian.tenancy.office.LanguageTag;
import org.meridian.tenancy.office.OfficeCode;

/**
 * Fired inside the transaction that changed one of an office's menus (an entry added, renamed,
 * pointed elsewhere, moved or deleted): for the audit trail and, after the commit, for the page
 * cache (every public page shows the main menu).
 *
 * @param what what happened, in a few words, e.g. {@code entry 42 'Contact' moved up}
 * @param actor who did it: an e-mail address
 */
public record MenuChanged(
    OfficeCode office, LanguageTag language, MenuName menu, String what, String actor) {

  public MenuChanged {
    Objects.requireNonNull(office, "office");
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(menu, "menu");
    Objects.requireNonNull(what, "what");
    Objects.requireNonNull(actor, "actor");
  }
}
