package org.meridian.content.taxonomy;

import java.util.Objects;
import org.meridian.tenancy.office.OfficeCode;

/**
 * Fired inside the transaction that changed what public pages show of the taxonomy: an item's
 * themes or tags, a tag's name or its removal ({@code office} is that office), or a theme's names
 * and addresses ({@code office} is empty: every office's pages may show it). The page cache drops
 * the pages concerned after the commit.
 *
 * @param office the office whose pages changed; {@code null} for every office
 * @param what what happened, in a few words, e.g. {@code item 42 classified}
 * @param actor who did it: an e-mail address, {@code api-token:<name>} or {@code system}
 */
public record TaxonomyChanged(OfficeCode office, String what, String actor) {

  public TaxonomyChanged {
    Objects.requireNonNull(what, "what");
    Objects.requireNonNull(actor, "actor");
  }

  /** Whether the change concerns every office's pages (a theme changed). */
  public boolean everyOffice() {
    return office == null;
  }
}
