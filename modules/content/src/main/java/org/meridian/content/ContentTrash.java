package org.meridian.content;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.meridian.content.menu.MenuItem;
import org.meridian.tenancy.Refusal;
import org.meridian.tenancy.TenantContext;
import org.meridian.tenancy.office.OfficeRef;
import org.meridian.tenancy.people.AccountDirectory;
import org.meridian.tenancy.people.OfficeRole;
import org.meridian.tenancy.persistence.OfficeData;

/**
 * Deleting content, softly: the current office's items go to a trash, from which the office's
 * administrators restore them (as offline drafts) or delete them for good. {@link TrashRules}
 * decides who may do what, from the actor's memberships as stored now.
 */
@ApplicationScoped
@Transactional
public class ContentTrash {

  @Inject private OfficeData data;
  @Inject private TenantContext tenant;
  @Inject private AccountDirectory accounts;
  @Inject private Event<LiveContentChanged> liveChanged;
  @Inject private Event<ContentItemChanged> itemChanged;

  @Inject private Clock clock;

  /**
   * Moves an item to the trash: it goes offline at once (the site, the API, the lists and the
   * sitemap forget it) and keeps its revisions and its address.
   */
  public void moveToTrash(long itemId, String actor) {
    moveToTrash(itemId, actor, accounts.officesOf(actor));
  }

  /**
   * As {@link #moveToTrash(long, String)}, for a caller whose standing is {@code roles} rather than
   * the memberships of an account named {@code actor}: an API token acts as an editor of its
   * office.
   */
  public void moveToTrash(long itemId, String actor, List<OfficeRole> roles) {
    OfficeRef office = tenant.require();
    require(TrashRules.refusalToTrash(roles, office));
    EntityManager em = data.entityManager();
    ContentItem item = locked(em, itemId);
    if (item.isTrashed()) {
      throw new ContentStateRefusedException(
          Refusal.of("trash.already_in_trash", "The item is already in the trash"));
    }
    Integer wasLive = item.isLive() ? item.liveRevision().number() : null;
    item.moveToTrash(actor, clock.instant());
    if (wasLive != null) {
      liveChanged.fire(
          new LiveContentChanged(
              office.code(),
              item.getId(),
              item.language(),
              item.slug(),
              LiveContentChanged.Change.UNPUBLISHED,
              wasLive,
              null,
              actor));
    }
    itemChanged.fire(event(item, ContentItemChanged.Change.TRASHED, "moved to the trash", actor));
    flush(em, itemId);
  }

  /** The items in the trash, most recently trashed first; office administrators only. */
  public List<TrashedItem> list(String actor) {
    return listFor(accounts.officesOf(actor));
  }

  /** As {@link #list(String)}, for a caller whose standing is {@code roles} (an API token). */
  public List<TrashedItem> listFor(List<OfficeRole> roles) {
    require(TrashRules.refusalToManage(roles, tenant.require()));
    return data.entityManager()
        .createQuery(
            "select i from ContentItem i join fetch i.latestRevision where i.trashedAt is not null"
                + " order by i.trashedAt desc, i.id desc",
            ContentItem.class)
        .getResultStream()
        .map(
            i ->
                new TrashedItem(
                    i.getId(),
                    i.type(),
                    i.language().value(),
                    i.slug().value(),
                    i.latestRevision().title(),
                    i.latestRevision().number(),
                    i.trashedAt(),
                    i.trashedBy()))
        .toList();
  }

  /** Takes an item out of the trash as an offline draft; office administrators only. */
  public void restore(long itemId, String actor) {
    restore(itemId, actor, accounts.officesOf(actor));
  }

  /** As {@link #restore(long, String)}, for a caller whose standing is {@code roles}. */
  public void restore(long itemId, String actor, List<OfficeRole> roles) {
    require(TrashRules.refusalToManage(roles, tenant.require()));
    EntityManager em = data.entityManager();
    ContentItem item = trashed(em, itemId);
    item.restoreFromTrash();
    itemChanged.fire(
        event(
            item,
            ContentItemChanged.Change.RESTORED_FROM_TRASH,
            "restored from the trash as an offline draft",
            actor));
    flush(em, itemId);
  }

  /**
   * Deletes an item in the trash and all its revisions, for good; office administrators only.
   * Refused while a menu entry still leads to it, with the entries to change.
   */
  public void purge(long itemId, String actor) {
    require(TrashRules.refusalToManage(accounts.officesOf(actor), tenant.require()));
    EntityManager em = data.entityManager();
    ContentItem item = trashed(em, itemId);
    List<String> menus =
        em.createQuery("select m from MenuItem m where m.target = :item", MenuItem.class)
            .setParameter("item", item)
            .getResultStream()
            .map(m -> "'" + m.label() + "' (" + m.menu() + ", " + m.language() + ")")
            .toList();
    if (!menus.isEmpty()) {
      throw new ContentStateRefusedException(
          Refusal.of(
              "trash.menu_entries_lead_here_0",
              "Menu entries still lead to this item: {0}. Change or remove them first.",
              String.join(", ", menus)));
    }
    List<String> children =
        em.createQuery("select i from ContentItem i where i.parent = :item", ContentItem.class)
            .setParameter("item", item)
            .getResultStream()
            .map(i -> "'" + i.slug() + "'")
            .toList();
    if (!children.isEmpty()) {
      throw new ContentStateRefusedException(
          Refusal.of(
              "trash.pages_under_0",
              "Pages sit under this page: {0}. Move them under another page first.",
              String.join(", ", children)));
    }
    // What only points at the item goes with it: its old addresses, here; its translation links,
    // themes, tags and schedules, in the observers of PURGING.
    em.createQuery("delete from SlugRedirect r where r.item = :item")
        .setParameter("item", item)
        .executeUpdate();
    itemChanged.fire(
        event(
            item,
            ContentItemChanged.Change.PURGING,
            "deleted for good with its " + item.latestRevision().number() + " revisions",
            actor));
    item.forgetRevisions();
    em.flush();
    em.createQuery("delete from Revision r where r.item = :item")
        .setParameter("item", item)
        .executeUpdate();
    em.remove(item);
    flush(em, itemId);
  }

  private ContentItemChanged event(
      ContentItem item, ContentItemChanged.Change change, String detail, String actor) {
    return new ContentItemChanged(
        tenant.require().code(), item.getId(), item.language(), item.slug(), change, detail, actor);
  }

  private static ContentItem locked(EntityManager em, long itemId) {
    ContentItem item = em.find(ContentItem.class, itemId, LockModeType.PESSIMISTIC_WRITE);
    if (item == null) {
      throw ContentNotFoundException.item(itemId);
    }
    return item;
  }

  private static ContentItem trashed(EntityManager em, long itemId) {
    ContentItem item = locked(em, itemId);
    if (!item.isTrashed()) {
      throw ContentNotFoundException.inTrash(itemId);
    }
    return item;
  }

  private static void flush(EntityManager em, long itemId) {
    try {
      em.flush();
    } catch (OptimisticLockException clash) {
      throw new ContentConflictException(
          itemId,
          Refusal.of(
              "content.conflict_nothing_changed",
              "Someone else changed this item at the same moment: nothing was changed. Reload and"
                  + " try again."));
    }
  }

  private static void require(Optional<Refusal> refusal) {
    if (refusal.isPresent()) {
      throw new TrashRefusedException(refusal.get());
    }
  }
}
