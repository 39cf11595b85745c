package org.meridian.content.media;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.meridian.tenancy.TenantContext;
import org.meridian.tenancy.office.OfficeRef;

/**
 * Replaces the file of one of the office's own assets, keeping its id: every item that uses it
 * (hero, social image, body figures, files of a publication) shows the new file, with new
 * renditions, and the pages of the offices using it are drawn again. The new file is checked like
 * an upload and must be of the same kind. One transaction: a refused file changes nothing, and the
 * old files are removed only with the change.
 */
@ApplicationScoped
@Transactional
public class MediaReplacement {

  @Inject private MediaLibrary library;
  @Inject private MediaSettings settings;
  @Inject private MediaStore store;
  @Inject private TenantContext tenant;
  @Inject private Event<MediaChanged> changed;

  /**
   * Puts the uploaded file in place of asset {@code id}'s.
   *
   * @param version the version the editor saw
   * @throws MediaRefusedException when the file is not acceptable, of another kind, or the asset
   *     changed meanwhile or is HQ's (for an office other than HQ)
   */
  public MediaItem replace(long id, long version, String uploadedName, byte[] bytes, String actor) {
    MediaAsset asset = library.ownAt(id, version);
    MediaFile.Checked checked = MediaFile.checkDecoded(uploadedName, bytes, settings.limits());
    MediaFile file = checked.file();
    List<Rendition> renditions = Renditions.of(file, checked.picture(), Framing.WHOLE);
    OfficeRef office = tenant.require();
    Set<String> oldKeys = new HashSet<>(asset.storeKeys(office.id()));
    asset.replaceFile(file, renditions);
    store.put(asset.storeKey(office.id(), MediaFile.ORIGINAL), file.bytes());
    renditions.forEach(r -> store.put(asset.storeKey(office.id(), r.variant()), r.bytes()));
    oldKeys.removeAll(asset.storeKeys(office.id()));
    oldKeys.forEach(store::delete);
    changed.fire(
        new MediaChanged(office.code(), id, asset.fileName(), MediaChanged.Change.REPLACED, actor));
    library.pagesShowing(id);
    return MediaItem.of(asset, office.code().value(), false);
  }
}
