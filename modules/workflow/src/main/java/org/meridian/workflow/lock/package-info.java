/**
 * Soft edit locks: who has an item open in the editor, and since when. A lock is a warning shown to
 * the others, never a wall: saving is still protected by the revision's optimistic check. {@link
 * org.meridian.workflow.lock.EditLocks} takes, renews and releases them; they expire by themselves
 * ({@link org.meridian.workflow.lock.LockExpiry}).
 */
package org.meridian.workflow.lock;
