package org.meridian.content.media;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.meridian.content.ContentItem;
import org.meridian.content.LiveContentChanged;
import org.meridian.content.Revision;
import org.meridian.tenancy.Refusal;
import org.meridian.tenancy.TenantContext;
import org.meridian.tenancy.office.OfficeRef;
import org.meridian.tenancy.persistence.OfficeData;

/**
 * Which items use which assets ({@code media_use}), so that media in use is never deleted and only
 * media that a live item uses is public. Content code calls {@link #recordUsesOf} whenever an
 * item's revisions change: every asset the item's latest and live revisions use (images and links
 * in the body, hero and social images, the type's media fields) is recorded, and which of them the
 * live one uses.
 */
@ApplicationScoped
@Transactional
public class MediaUses {

  @Inject private OfficeData data;
  @Inject private TenantContext tenant;
  @Inject private SharedLibrary shared;

  /**
   * Records the library files the item's latest and live revisions use — images and links in their
   * bodies, hero and social images, and the type's media fields — so that none of them can be
   * deleted while a version of the item shows it, and marks those of the live revision, which are
   * the files the public may fetch. Refuses files of other offices' libraries.
   */
  public void recordUsesOf(ContentItem item) {
    Revision latest = item.latestRevision();
    Revision live = item.isLive() ? item.liveRevision() : null;
    Set<Long> liveIds = new LinkedHashSet<>();
    if (live != null) {
      liveIds.addAll(referencedIn(live.body()));
      liveIds.addAll(live.mediaIds());
    }
    Set<Long> ids = new LinkedHashSet<>(liveIds);
    ids.addAll(referencedIn(latest.body()));
    ids.addAll(latest.mediaIds());
    record(item.getId(), ids, liveIds);
  }

  /**
   * Replaces the set of assets item {@code itemId} of the current office uses; {@code liveIds}
   * (among them) are those its live revision uses. Each must be in the office's own library or
   * HQ's; otherwise nothing is recorded and the save is refused.
   */
  public void record(long itemId, Set<Long> mediaIds, Set<Long> liveIds) {
    EntityManager em = data.entityManager();
    Set<Long> unknown = new LinkedHashSet<>(mediaIds);
    unknown.removeAll(existing(em, mediaIds));
    if (!unknown.isEmpty() && !shared.currentIsHq()) {
      Set<Long> missing = Set.copyOf(unknown);
      unknown.removeAll(shared.read(hq -> existing(hq, missing), Set.of()));
    }
    if (!unknown.isEmpty()) {
      throw new MediaRefusedException(
          null,
          Refusal.of(
              "media.not_in_library_0",
              "The item uses media that is not in this office's library or HQ's: {0}",
              unknown));
    }
    Set<Long> wanted = new HashSet<>(mediaIds);
    for (MediaUse use : usesOf(em, itemId)) {
      if (!wanted.remove(use.mediaId())) {
        em.remove(use);
      } else if (use.live() != liveIds.contains(use.mediaId())) {
        use.markLive(liveIds.contains(use.mediaId()));
      }
    }
    wanted.forEach(id -> em.persist(new MediaUse(itemId, id, liveIds.contains(id))));
  }

  /**
   * An item went offline (unpublished, or moved to the trash): none of its uses is live any more,
   * in the change's own transaction, whichever way it went offline.
   */
  void onLiveContentChanged(@Observes LiveContentChanged change) {
    if (change.change() != LiveContentChanged.Change.UNPUBLISHED) {
      return;
    }
    usesOf(data.entityManager(), change.itemId()).forEach(use -> use.markLive(false));
  }

  /**
   * The assets of {@code owner}'s library that a live item uses, in any office (HQ's files are used
   * by every office's items): the files the public may fetch. The request works for {@code owner}.
   * One plain SQL query, deliberately across offices' uses like {@link #usageOf}'s count: it
   * reveals nothing of another office's content, only which of the owner's files are on a live
   * page.
   */
  public Set<Long> liveAssetsOf(OfficeRef owner) {
    @SuppressWarnings("unchecked")
    List<Object> rows =
        data.entityManager()
            .createNativeQuery(
                "select distinct u.media_id from media_use u join media_asset a on a.id ="
                    + " u.media_id where u.live = true and a.office_id = ?")
            .setHint("eclipselink.jdbc.allow-native-sql-query", true)
            .setParameter(1, owner.id())
            .getResultList();
    Set<Long> ids = new HashSet<>();
    rows.forEach(row -> ids.add(((Number) row).longValue()));
    return Set.copyOf(ids);
  }

  private static List<MediaUse> usesOf(EntityManager em, long itemId) {
    return em.createQuery("select u from MediaUse u where u.itemId = :item", MediaUse.class)
        .setParameter("item", itemId)
        .getResultList();
  }

  /**
   * The assets that {@code <img src>} and {@code <a href>} of the given rich texts point at. An
   * image of a library other than the office's own or HQ's is refused: its address would not show
   * it on this office's site. A link to a library address counts when it is the office's own file
   * or HQ's, and is otherwise left alone (a link may lead anywhere).
   */
  public Set<Long> referencedIn(String... richTexts) {
    OfficeRef office = tenant.require();
    String hqCode = shared.hq().map(hq -> hq.code().value()).orElse(null);
    Set<Long> ids = new LinkedHashSet<>();
    for (String html : richTexts) {
      for (String src : MediaLinks.imageSources(html)) {
        MediaLinks.Address address =
            MediaLinks.parse(src)
                .orElseThrow(
                    () ->
                        new MediaRefusedException(
                            null,
                            Refusal.of(
                                "media.text_image_not_from_library_0",
                                "Images in the text must come from the media library: {0}",
                                src)));
        if (!address.officeCode().equals(office.code().value())
            && !address.officeCode().equals(hqCode)) {
          throw new MediaRefusedException(
              null,
              Refusal.of(
                  "media.text_image_other_office_0",
                  "The image {0} belongs to another office's library; use your own or HQ's",
                  src));
        }
        ids.add(address.id());
      }
      for (String href : MediaLinks.linkTargets(html)) {
        MediaLinks.parse(href)
            .filter(
                a -> a.officeCode().equals(office.code().value()) || a.officeCode().equals(hqCode))
            .ifPresent(a -> ids.add(a.id()));
      }
    }
    return ids;
  }

  /**
   * Where an asset is used: items of the current office and, when the asset is the office's own,
   * how many items of other offices use it (only HQ's assets can be used elsewhere). Those counts
   * come from one plain SQL count, deliberately outside the data layer's office filter: it reveals
   * no other office's content, only that it depends on this file.
   */
  public MediaUsage usageOf(long mediaId, boolean ownAsset) {
    EntityManager em = data.entityManager();
    OfficeRef office = tenant.require();
    List<MediaUser> items = new ArrayList<>();
    for (Long itemId :
        em.createQuery(
                "select u.itemId from MediaUse u where u.mediaId = :media order by u.itemId",
                Long.class)
            .setParameter("media", mediaId)
            .getResultList()) {
      ContentItem item = em.find(ContentItem.class, itemId);
      if (item != null && item.latestRevision() != null) {
        items.add(
            new MediaUser(
                itemId,
                item.latestRevision().title(),
                "/" + office.code() + "/" + item.language() + "/" + item.slug()));
      }
    }
    Map<String, Long> elsewhere = new LinkedHashMap<>();
    if (ownAsset) {
      @SuppressWarnings("unchecked")
      List<Object[]> rows =
          em.createNativeQuery(
                  "select o.code, count(*) from media_use u join office o on o.id = u.office_id"
                      + " where u.media_id = ? and u.office_id <> ? group by o.code")
              // The unit refuses native SQL (it has multitenant entities); this one count is the
              // deliberate exception described above.
              .setHint("eclipselink.jdbc.allow-native-sql-query", true)
              .setParameter(1, mediaId)
              .setParameter(2, office.id())
              .getResultList();
      rows.forEach(row -> elsewhere.put((String) row[0], ((Number) row[1]).longValue()));
    }
    return new MediaUsage(items, elsewhere);
  }

  private static Set<Long> existing(EntityManager em, Set<Long> ids) {
    if (ids.isEmpty()) {
      return Set.of();
    }
    return new HashSet<>(
        em.createQuery("select a.id from MediaAsset a where a.id in :ids", Long.class)
            .setParameter("ids", ids)
            .getResultList());
  }
}
