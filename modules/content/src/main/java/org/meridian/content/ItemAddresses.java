package org.meridian.content;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.Objects;
import org.meridian.tenancy.NoOfficeResolvedException;
import org.meridian.tenancy.Refusal;
import org.meridian.tenancy.TenantContext;
import org.meridian.tenancy.office.LanguageTag;
import org.meridian.tenancy.office.OfficeRef;
import org.meridian.tenancy.persistence.OfficeData;

/**
 * Where the current office's items are: an item's slug in its language, free and not one of the
 * site's own addresses ({@link ContentService#RESERVED_SLUGS}), and the old addresses that keep
 * leading to an item after it moved.
 */
@ApplicationScoped
@Transactional
public class ItemAddresses {

  @Inject private OfficeData data;
  @Inject private TenantContext tenant;
  @Inject private Event<ContentAddressChanged> addressChanged;

  /**
   * Moves an item to {@code newSlug} in its language. The old address of an item that has been
   * public keeps leading to it with a permanent redirect; an old address of another item that
   * {@code newSlug} takes over stops redirecting. Refuses reserved and taken slugs.
   */
  public ContentItem changeSlug(long itemId, Slug newSlug, String actor) {
    Objects.requireNonNull(newSlug, "slug");
    Objects.requireNonNull(actor, "actor");
    EntityManager em = data.entityManager();
    ContentItem item = StoredItems.item(em, itemId);
    Slug old = item.slug();
    if (old.equals(newSlug)) {
      return item;
    }
    refuseReserved(newSlug);
    requireFree(em, item.language(), newSlug);
    releaseOld(em, item.language(), newSlug);
    item.changeSlug(newSlug);
    boolean redirected = item.wasEverPublished();
    if (redirected) {
      em.persist(new SlugRedirect(item, old, actor));
    }
    em.flush();
    OfficeRef office = tenant.current().orElseThrow(NoOfficeResolvedException::new);
    addressChanged.fire(
        new ContentAddressChanged(
            office.code(), item.getId(), item.language(), old, newSlug, redirected, actor));
    return item;
  }

  /** Refuses a slug that the public site keeps for its own pages. */
  static void refuseReserved(Slug slug) {
    if (ContentService.RESERVED_SLUGS.contains(slug.value())) {
      throw new ContentRefusedException(
          Refusal.of(
              "content.slug_reserved_0",
              "The address '{0}' is reserved for the site's own pages: choose another slug",
              String.valueOf(slug)));
    }
  }

  /** Refuses a slug that an item of the language has, in the trash too. */
  static void requireFree(EntityManager em, LanguageTag language, Slug slug) {
    // Items in the trash keep their address, so that restoring one never collides.
    em.createQuery(
            "select i from ContentItem i where i.language = :lang and i.slug = :slug",
            ContentItem.class)
        .setParameter("lang", language.value())
        .setParameter("slug", slug.value())
        .getResultStream()
        .findFirst()
        .ifPresent(
            holder -> {
              throw holder.isTrashed()
                  ? SlugTakenException.byTrashedItem(slug, language.value())
                  : new SlugTakenException(slug, language.value());
            });
  }

  /** An old address that an item takes stops redirecting to the item that had it. */
  static void releaseOld(EntityManager em, LanguageTag language, Slug slug) {
    em.createQuery(
            "select r from SlugRedirect r where r.language = :lang and r.oldSlug = :slug",
            SlugRedirect.class)
        .setParameter("lang", language.value())
        .setParameter("slug", slug.value())
        .getResultStream()
        .forEach(em::remove);
    em.flush();
  }
}
