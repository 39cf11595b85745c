/**
 * The editor's autosave on the server: one slot per person and item, never a revision, offered back
 * when the person opens the item again.
 */
package org.meridian.content.autosave;
