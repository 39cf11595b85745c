package org.meridian.content.quality;

import org.meridian.content.Slug;
import org.meridian.tenancy.office.LanguageTag;

/**
 * What the office's internal links may lead to: live items (links stored by item, {@code
 * data-item}) and addresses of its site (links typed as {@code /office/lang/slug}). The gate asks
 * the database; Site health answers from the live items it has already read.
 */
public interface LinkTargets {

  /** Targets that lead nowhere: for checks that look at no link. */
  LinkTargets NONE =
      new LinkTargets() {
        @Override
        public boolean isLive(long itemId) {
          return false;
        }

        @Override
        public boolean leadsSomewhere(LanguageTag language, Slug slug) {
          return false;
        }
      };

  /** Whether the office's item {@code itemId} is live. */
  boolean isLive(long itemId);

  /** Whether the office's site has a live item at {@code slug}, or a redirect from it. */
  boolean leadsSomewhere(LanguageTag language, Slug slug);
}
