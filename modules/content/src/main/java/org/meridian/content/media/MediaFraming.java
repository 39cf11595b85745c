package org.meridian.content.media;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.meridian.tenancy.Refusal;
import org.meridian.tenancy.TenantContext;
import org.meridian.tenancy.office.OfficeRef;

/**
 * Frames one of the office's own images (crop and focal point) and cuts its hero and social
 * renditions again around the new focal point; the pages of the offices using it are drawn again.
 */
@ApplicationScoped
@Transactional
public class MediaFraming {

  @Inject private MediaLibrary library;
  @Inject private MediaStore store;
  @Inject private TenantContext tenant;
  @Inject private Event<MediaChanged> changed;

  /**
   * Frames image {@code id} with {@code framing}.
   *
   * @param version the version the editor saw
   * @throws MediaRefusedException when the asset is no picture the library cuts (a document, a GIF
   *     or WebP), changed meanwhile or is HQ's
   */
  public MediaItem frame(long id, long version, Framing framing, String actor) {
    MediaAsset asset = library.ownAt(id, version);
    if (!asset.format().hasRenditions()) {
      throw new MediaRefusedException(
          null,
          Refusal.of(
              "media.framing_jpeg_png_0",
              "Only JPEG and PNG pictures are cut to the hero and social shapes; '{0}' is shown"
                  + " whole",
              asset.fileName()));
    }
    OfficeRef office = tenant.require();
    byte[] original =
        store
            .get(asset.storeKey(office.id(), MediaFile.ORIGINAL))
            .orElseThrow(
                () ->
                    new MediaNotFoundException(
                        "The file of " + asset.fileName() + " is missing from the store"));
    List<Rendition> cuts =
        Renditions.cuts(
            Renditions.decoded(original, asset.width(), asset.height()), asset.format(), framing);
    Set<String> oldKeys = new HashSet<>(asset.storeKeys(office.id()));
    asset.frame(framing, cuts);
    cuts.forEach(r -> store.put(asset.storeKey(office.id(), r.variant()), r.bytes()));
    oldKeys.removeAll(asset.storeKeys(office.id()));
    oldKeys.forEach(store::delete);
    changed.fire(
        new MediaChanged(office.code(), id, asset.fileName(), MediaChanged.Change.FRAMED, actor));
    library.pagesShowing(id);
    return MediaItem.of(asset, office.code().value(), false);
  }
}
