package org.meridian.content.autosave;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Objects;
import java.util.Optional;
import org.meridian.content.ContentItem;
import org.meridian.content.ContentNotFoundException;
import org.meridian.content.Revision;
import org.meridian.content.RichText;
import org.meridian.tenancy.persistence.OfficeData;

/**
 * The current office's autosaves: one slot per person and item, overwritten each time the editor
 * sends what is typed (never a revision), offered back when the person opens the item again, and
 * removed when they save a revision or throw the text away.
 */
@ApplicationScoped
@Transactional
public class Autosaves {

  static final int MAX_TITLE = 300;

  @Inject private OfficeData data;

  /**
   * Keeps what {@code person} has typed in the editor of item {@code itemId}, started from revision
   * {@code basedOn}. Text that is the latest revision's leaves no slot (nothing is unsaved).
   *
   * @return whether a slot now holds unsaved text
   * @throws ContentNotFoundException when the office has no such item (or it is in the trash)
   */
  public boolean keep(
      long itemId, String person, int basedOn, String title, String summary, String body) {
    Objects.requireNonNull(person, "person");
    ContentItem item = data.entityManager().find(ContentItem.class, itemId);
    if (item == null || item.isTrashed() || item.latestRevision() == null) {
      throw ContentNotFoundException.item(itemId);
    }
    String cleanTitle = title == null ? "" : title.strip();
    if (cleanTitle.length() > MAX_TITLE) {
      cleanTitle = cleanTitle.substring(0, MAX_TITLE);
    }
    String cleanSummary = summary == null ? "" : summary;
    String cleanBody = RichText.sanitize(body);
    Revision latest = item.latestRevision();
    Optional<Autosave> slot = slot(itemId, person);
    if (latest.title().equals(cleanTitle)
        && latest.summary().equals(cleanSummary)
        && latest.body().equals(cleanBody)) {
      slot.ifPresent(data.entityManager()::remove);
      return false;
    }
    Autosave kept =
        slot.orElseGet(
            () -> {
              Autosave created = new Autosave(itemId, person);
              data.entityManager().persist(created);
              return created;
            });
    kept.keep(basedOn, cleanTitle, cleanSummary, cleanBody);
    return true;
  }

  /** What {@code person} left unsaved in item {@code itemId}, if anything. */
  public Optional<AutosavedText> find(long itemId, String person) {
    return slot(itemId, person).map(Autosave::text);
  }

  /** Throws away what {@code person} left unsaved in item {@code itemId}. */
  public void discard(long itemId, String person) {
    slot(itemId, person).ifPresent(data.entityManager()::remove);
  }

  private Optional<Autosave> slot(long itemId, String person) {
    return data.entityManager()
        .createQuery(
            "select a from Autosave a where a.itemId = :item and a.person = :person",
            Autosave.class)
        .setParameter("item", itemId)
        .setParameter("person", person)
        .getResultStream()
        .findFirst();
  }
}
