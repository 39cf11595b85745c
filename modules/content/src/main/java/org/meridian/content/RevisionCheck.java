package org.meridian.content;

/**
 * A check that features add to every save of a new revision of an existing item (not to the first
 * revision of a new item): it runs in the save's transaction, before anything is written, and
 * refuses by throwing (an {@link org.meridian.content.fields.InvalidFieldsException} names the
 * fields). Shared copies use it to refuse changes to the fields their source locked.
 */
public interface RevisionCheck {

  void beforeSave(ContentItem item, RevisionInput input);
}
