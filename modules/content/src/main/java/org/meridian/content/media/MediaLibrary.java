package org.meridian.content.media;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.meridian.tenancy.Refusal;
import org.meridian.tenancy.TenantContext;
import org.meridian.tenancy.office.OfficeRef;
import org.meridian.tenancy.persistence.OfficeData;

/**
 * The current office's media library: upload, describe, delete, list and serve. An office sees its
 * own assets and HQ's (shared read-only); it changes and deletes only its own; no other office's
 * asset is ever found through it. Every change is one transaction: a refused or failed upload
 * stores nothing, a refused delete removes nothing.
 */
@ApplicationScoped
@Transactional
public class MediaLibrary {

  /** Lists show at most this many assets of each library. */
  public static final int LIST_LIMIT = 200;

  @Inject private OfficeData data;
  @Inject private TenantContext tenant;
  @Inject private MediaStore store;
  @Inject private MediaSettings settings;
  @Inject private SharedLibrary shared;
  @Inject private MediaUses uses;
  @Inject private Event<MediaChanged> changed;
  @Inject private Event<MediaShown> shown;

  public MediaLimits limits() {
    return settings.limits();
  }

  /**
   * Adds a file to the office's library, with its renditions.
   *
   * @throws MediaRefusedException when the file or the details are not acceptable
   */
  public MediaItem upload(String uploadedName, byte[] bytes, MediaDetails details, String actor) {
    return upload(uploadedName, bytes, details, AltTexts.NONE, Framing.WHOLE, actor);
  }

  /**
   * The same, with the alt text in other languages than the default and the picture's framing (a
   * file that comes with an office archive): its hero and social cuts are made around the framing's
   * focal point at once. Files the library does not cut (documents, GIF, WebP) stay whole.
   *
   * @throws MediaRefusedException when the file or the details are not acceptable
   */
  public MediaItem upload(
      String uploadedName,
      byte[] bytes,
      MediaDetails details,
      AltTexts altTexts,
      Framing framing,
      String actor) {
    MediaFile.Checked checked = MediaFile.checkDecoded(uploadedName, bytes, settings.limits());
    MediaFile file = checked.file();
    details.checkedFor(file.kind(), file.fileName());
    boolean framed = file.format().hasRenditions() && !framing.isWhole();
    List<Rendition> renditions =
        Renditions.of(file, checked.picture(), framed ? framing : Framing.WHOLE);
    OfficeRef office = tenant.require();
    EntityManager em = data.entityManager();
    MediaAsset asset = new MediaAsset(file, details, renditions, actor);
    asset.translateAlt(altTexts);
    if (framed) {
      asset.frame(framing, renditions);
    }
    em.persist(asset);
    em.flush();
    store.put(asset.storeKey(office.id(), MediaFile.ORIGINAL), file.bytes());
    renditions.forEach(r -> store.put(asset.storeKey(office.id(), r.variant()), r.bytes()));
    changed.fire(
        new MediaChanged(
            office.code(), asset.getId(), asset.fileName(), MediaChanged.Change.UPLOADED, actor));
    return MediaItem.of(asset, office.code().value(), false);
  }

  /**
   * The office's assets, then HQ's shared ones, newest first, whose title or file name contains
   * {@code search} (any case), of {@code kind} when given.
   */
  public List<MediaItem> list(String search, Optional<MediaKind> kind) {
    String code = tenant.require().code().value();
    List<MediaItem> items = new ArrayList<>();
    query(data.entityManager(), search, kind).forEach(a -> items.add(MediaItem.of(a, code, false)));
    if (!shared.currentIsHq()) {
      String hqCode = shared.hq().map(hq -> hq.code().value()).orElse("");
      items.addAll(
          shared.read(
              em ->
                  query(em, search, kind).stream().map(a -> MediaItem.of(a, hqCode, true)).toList(),
              List.of()));
    }
    return items;
  }

  /** An asset of the office's library or HQ's. */
  public Optional<MediaItem> find(long id) {
    MediaAsset own = data.entityManager().find(MediaAsset.class, id);
    if (own != null) {
      return Optional.of(MediaItem.of(own, tenant.require().code().value(), false));
    }
    return findShared(id);
  }

  /** Where an asset of the office's library or HQ's is used (by this office's items). */
  public MediaUsage usageOf(long id) {
    boolean own = data.entityManager().find(MediaAsset.class, id) != null;
    return uses.usageOf(id, own);
  }

  /**
   * Changes what is said about one of the office's own assets.
   *
   * @param version the version the editor saw: a change made meanwhile is not overwritten
   */
  public MediaItem describe(long id, long version, MediaDetails details, String actor) {
    return describe(id, version, details, own(id).altTexts(), actor);
  }

  /**
   * The same, with the alt text in other languages than the default. Pages showing the image write
   * its alt text in their language, so the offices whose items use it have their pages drawn again.
   */
  public MediaItem describe(
      long id, long version, MediaDetails details, AltTexts altTexts, String actor) {
    MediaAsset asset = ownAt(id, version);
    asset.describe(details);
    asset.translateAlt(altTexts);
    data.entityManager().flush();
    OfficeRef office = tenant.require();
    changed.fire(
        new MediaChanged(
            office.code(), id, asset.fileName(), MediaChanged.Change.DESCRIBED, actor));
    pagesShowing(id);
    return MediaItem.of(asset, office.code().value(), false);
  }

  /**
   * One of the office's own assets as the editor saw it.
   *
   * @param version the version the editor saw: a change made meanwhile is not overwritten
   */
  MediaAsset ownAt(long id, long version) {
    MediaAsset asset = own(id);
    if (asset.getVersion() != version) {
      throw new MediaRefusedException(
          null,
          Refusal.of(
              "media.changed_meanwhile_0",
              "Someone else changed the details of '{0}' meanwhile; their change is shown now:"
                  + " make yours again if it is still needed",
              asset.fileName()));
    }
    return asset;
  }

  /**
   * Tells the page caches that the pages of every office whose items use asset {@code id} (this
   * office's, and others' for HQ's shared files) show something new, in this transaction.
   */
  void pagesShowing(long id) {
    OfficeRef office = tenant.require();
    MediaUsage usage = uses.usageOf(id, true);
    java.util.Set<org.meridian.tenancy.office.OfficeCode> codes = new java.util.LinkedHashSet<>();
    if (!usage.items().isEmpty()) {
      codes.add(office.code());
    }
    usage.otherOffices().keySet().stream()
        .map(org.meridian.tenancy.office.OfficeCode::parse)
        .flatMap(Optional::stream)
        .forEach(codes::add);
    codes.forEach(code -> shown.fire(new MediaShown(code, id)));
  }

  /**
   * Deletes one of the office's own assets and all its files.
   *
   * @throws MediaInUseException when an item still uses it: nothing is deleted
   */
  public void delete(long id, String actor) {
    MediaAsset asset = own(id);
    MediaUsage usage = uses.usageOf(id, true);
    if (usage.inUse()) {
      throw new MediaInUseException(asset.fileName(), usage);
    }
    OfficeRef office = tenant.require();
    List<String> keys = asset.storeKeys(office.id());
    EntityManager em = data.entityManager();
    em.remove(asset);
    em.flush();
    keys.forEach(store::delete);
    changed.fire(
        new MediaChanged(office.code(), id, asset.fileName(), MediaChanged.Change.DELETED, actor));
  }

  /**
   * A file of one of the office's own assets, for the public site: empty unless {@code fileName}
   * and {@code variant} are exactly those of the asset, so each address has one meaning.
   */
  public Optional<MediaContent> open(long id, String variant, String fileName) {
    return asset(id, variant, fileName)
        .flatMap(
            asset ->
                store
                    .get(asset.storeKey(tenant.require().id(), variant))
                    .map(
                        bytes ->
                            new MediaContent(
                                bytes,
                                asset.format().mediaType(),
                                etag(asset, variant),
                                asset.fileName(),
                                asset.format().showsInline())));
  }

  /**
   * The {@code ETag} that {@link #open} would give, without reading the file: a browser or CDN
   * revalidating a file it keeps gets its 304 without the bytes leaving the store.
   */
  public Optional<String> etag(long id, String variant, String fileName) {
    return asset(id, variant, fileName).map(asset -> etag(asset, variant));
  }

  private Optional<MediaAsset> asset(long id, String variant, String fileName) {
    MediaAsset asset = data.entityManager().find(MediaAsset.class, id);
    if (asset == null || !asset.fileName().equals(fileName) || !asset.hasVariant(variant)) {
      return Optional.empty();
    }
    return Optional.of(asset);
  }

  private static String etag(MediaAsset asset, String variant) {
    return "\"" + asset.sha256().substring(0, 32) + "-" + variant + "\"";
  }

  MediaAsset own(long id) {
    MediaAsset asset = data.entityManager().find(MediaAsset.class, id);
    if (asset != null) {
      return asset;
    }
    if (findShared(id).isPresent()) {
      throw new MediaRefusedException(
          null,
          Refusal.of(
              "media.shared_hq_only",
              "This file belongs to HQ's shared library: every office may use it, only HQ may"
                  + " change or delete it"));
    }
    throw new MediaNotFoundException("There is no file " + id + " in this office's library");
  }

  private Optional<MediaItem> findShared(long id) {
    if (shared.currentIsHq()) {
      return Optional.empty();
    }
    String hqCode = shared.hq().map(hq -> hq.code().value()).orElse("");
    return shared.read(
        em ->
            Optional.ofNullable(em.find(MediaAsset.class, id))
                .map(a -> MediaItem.of(a, hqCode, true)),
        Optional.empty());
  }

  private static List<MediaAsset> query(EntityManager em, String search, Optional<MediaKind> kind) {
    String text = search == null ? "" : search.strip().toLowerCase(Locale.ROOT);
    String like = "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    TypedQuery<MediaAsset> query =
        em.createQuery(
                "select a from MediaAsset a where (lower(a.title) like :text escape '\\'"
                    + " or lower(a.fileName) like :text escape '\\')"
                    + (kind.isPresent() ? " and a.kind = :kind" : "")
                    + " order by a.createdAt desc, a.id desc",
                MediaAsset.class)
            .setParameter("text", like)
            .setMaxResults(LIST_LIMIT);
    kind.ifPresent(k -> query.setParameter("kind", k));
    return query.getResultList();
  }
}
