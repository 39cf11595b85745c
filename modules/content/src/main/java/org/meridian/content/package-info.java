/**
 * Office content: items, their revisions and which revision is live. This module knows nothing of
 * the editorial workflow: it offers {@link org.meridian.content.LiveRevisions#publish} and fires
 * {@link org.meridian.content.LiveContentChanged} when live content changes.
 */
package org.meridian.content;
