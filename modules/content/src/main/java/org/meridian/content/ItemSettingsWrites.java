package org.meridian.content;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import org.meridian.content.fields.InvalidFieldsException;
import org.meridian.tenancy.Refusal;
import org.meridian.tenancy.TenantContext;
import org.meridian.tenancy.people.AccountDirectory;
import org.meridian.tenancy.persistence.OfficeData;

/**
 * What is not versioned of the current office's items ({@link ItemSettings}): owner, review date,
 * featuring on the home page and, for pages, the parent page.
 */
@ApplicationScoped
@Transactional
public class ItemSettingsWrites {

  @Inject private OfficeData data;
  @Inject private TenantContext tenant;
  @Inject private AccountDirectory accounts;
  @Inject private Event<ItemPathChanged> pathChanged;
  @Inject private Event<ItemFeaturingChanged> featuringChanged;
  @Inject private Clock clock;

  /**
   * Changes an item's settings. Moving a live page changes its address (and its sub-pages'): {@link
   * ItemPathChanged} tells the caches; featuring or un-featuring a live item fires {@link
   * ItemFeaturingChanged}.
   *
   * @throws InvalidFieldsException naming the refused setting (owner, parent)
   */
  public ContentItem change(long itemId, ItemSettings settings, String actor) {
    Objects.requireNonNull(actor, "actor");
    EntityManager em = data.entityManager();
    ContentItem item = StoredItems.item(em, itemId);
    ContentItem parentBefore = item.parent();
    boolean featuredBefore = item.isFeatured();
    apply(em, item, settings);
    if (parentBefore != item.parent()) {
      pathChanged.fire(new ItemPathChanged(tenant.require().code(), itemId));
    }
    if (featuredBefore != item.isFeatured() && item.isLive()) {
      featuringChanged.fire(
          new ItemFeaturingChanged(tenant.require().code(), itemId, item.isFeatured()));
    }
    return item;
  }

  /** Checks {@code settings} (none: {@link ItemSettings#NONE}) and gives them to {@code item}. */
  void apply(EntityManager em, ContentItem item, ItemSettings settings) {
    ItemSettings wanted = settings == null ? ItemSettings.NONE : settings;
    if (wanted.owner() != null
        && accounts.officesOf(wanted.owner()).stream()
            .noneMatch(m -> m.office().id() == tenant.require().id())) {
      throw new InvalidFieldsException(
          "owner",
          Refusal.of(
              "content.owner_not_member_0",
              "'{0}' is not a member of this office.",
              wanted.owner()));
    }
    ContentItem parent = null;
    if (wanted.parentId() != null) {
      parent = em.find(ContentItem.class, wanted.parentId());
      if (parent == null) {
        throw new InvalidFieldsException(
            "parent",
            Refusal.of(
                "content.no_page_0", "There is no page {0} in this office.", wanted.parentId()));
      }
    }
    try {
      item.placeUnder(parent);
    } catch (ContentRefusedException refused) {
      throw new InvalidFieldsException("parent", refused.refusal());
    }
    item.assign(wanted.owner(), wanted.reviewBy());
    item.feature(wanted.featured(), Instant.now(clock));
  }
}
