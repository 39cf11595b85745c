package org.meridian.workflow.lock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.meridian.content.ContentItem;
import org.meridian.content.ContentNotFoundException;
import org.meridian.tenancy.people.Account;
import org.meridian.tenancy.people.AccountDirectory;
import org.meridian.tenancy.persistence.OfficeData;

/**
 * The current office's soft edit locks. Opening or saving an item in the editor takes or renews the
 * person's lock; the editor's heartbeat renews it; leaving with "Done editing" releases it; and
 * otherwise it expires {@code meridian.lock.minutes} (default 5) after its last sign of life.
 * Expired rows are ignored by every read and deleted whenever a lock is taken in the office.
 *
 * <p>Locks are office-owned rows: another office's locks are never read, whatever the item id.
 */
@ApplicationScoped
@Transactional
public class EditLocks {

  @Inject private OfficeData data;
  @Inject private AccountDirectory accounts;

  @Inject
  @ConfigProperty(name = "meridian.lock.minutes", defaultValue = "5")
  private int minutes;

  @Inject private Clock clock;

  /** The rule in force, from {@code meridian.lock.minutes} (1–60). */
  public LockExpiry expiry() {
    return LockExpiry.ofMinutes(minutes);
  }

  /** This server's time now, the clock the locks are kept by. */
  public Instant now() {
    return Instant.now(clock);
  }

  /**
   * Takes or renews {@code email}'s lock on the item and returns the others who hold a live lock on
   * it, longest first.
   *
   * @throws ContentNotFoundException when the office has no such item
   */
  public List<LockHolder> take(long itemId, String email) {
    var em = data.entityManager();
    if (em.find(ContentItem.class, itemId) == null) {
      throw ContentNotFoundException.item(itemId);
    }
    Instant now = now();
    LockExpiry expiry = expiry();
    em.createQuery("delete from EditLock l where l.lastSeenAt < :cutoff")
        .setParameter("cutoff", expiry.cutoff(now))
        .executeUpdate();
    String person = Account.normaliseEmail(email);
    Optional<EditLock> mine = find(itemId, person);
    if (mine.isPresent()) {
      mine.get().renew(now, expiry);
    } else {
      String name = accounts.find(person).map(Account::displayName).orElse(person);
      em.persist(new EditLock(itemId, person, name, now));
    }
    em.flush();
    return othersOn(itemId, person);
  }

  /** Renews {@code email}'s lock on the item if it has one (the heartbeat); others on it. */
  public List<LockHolder> renew(long itemId, String email) {
    String person = Account.normaliseEmail(email);
    find(itemId, person).ifPresent(lock -> lock.renew(now(), expiry()));
    return othersOn(itemId, person);
  }

  /** Removes {@code email}'s lock on the item, if any: they are done editing. */
  public void release(long itemId, String email) {
    data.entityManager()
        .createQuery("delete from EditLock l where l.itemId = :item and l.personEmail = :person")
        .setParameter("item", itemId)
        .setParameter("person", Account.normaliseEmail(email))
        .executeUpdate();
  }

  /** The people other than {@code email} with a live lock on the item, longest first. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<LockHolder> othersOn(long itemId, String email) {
    return data.entityManager()
        .createQuery(
            "select l from EditLock l where l.itemId = :item and l.personEmail <> :person"
                + " and l.lastSeenAt >= :cutoff order by l.since, l.personEmail",
            EditLock.class)
        .setParameter("item", itemId)
        .setParameter("person", Account.normaliseEmail(email))
        .setParameter("cutoff", expiry().cutoff(now()))
        .getResultStream()
        .filter(lock -> lock.isLiveAt(now(), expiry()))
        .map(LockHolder::of)
        .toList();
  }

  /**
   * For the content list, in one query: each item of the office that someone other than {@code
   * email} has open, with the one who opened it first.
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Map<Long, LockHolder> heldByOthers(String email) {
    Instant now = now();
    Map<Long, LockHolder> held = new LinkedHashMap<>();
    data.entityManager()
        .createQuery(
            "select l from EditLock l where l.personEmail <> :person and l.lastSeenAt >= :cutoff"
                + " order by l.since, l.personEmail",
            EditLock.class)
        .setParameter("person", Account.normaliseEmail(email))
        .setParameter("cutoff", expiry().cutoff(now))
        .getResultStream()
        .filter(lock -> lock.isLiveAt(now, expiry()))
        .forEach(lock -> held.putIfAbsent(lock.itemId(), LockHolder.of(lock)));
    return held;
  }

  private Optional<EditLock> find(long itemId, String person) {
    return data.entityManager()
        .createQuery(
            "select l from EditLock l where l.itemId = :item and l.personEmail = :person",
            EditLock.class)
        .setParameter("item", itemId)
        .setParameter("person", person)
        .getResultStream()
        .findFirst();
  }
}
