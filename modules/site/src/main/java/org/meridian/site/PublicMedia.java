package org.meridian.site;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.meridian.content.LiveContentChanged;
import org.meridian.content.media.MediaUses;
import org.meridian.tenancy.office.OfficeRef;
import org.meridian.tenancy.office.OfficeType;

/**
 * Which files of each office's library the public may fetch: those a live item uses ({@link
 * MediaUses#liveAssetsOf}), and its banner picture. Kept per office, so the public path asks a set
 * in memory; an office's set is read again after a change of its live content (here at once, on
 * other servers through {@link CacheSync}), and HQ's after any office's, since every office uses
 * HQ's files.
 */
@ApplicationScoped
public class PublicMedia {

  @Inject private MediaUses uses;

  private final Map<String, Set<Long>> sets = new ConcurrentHashMap<>();
  private final Set<String> hqCodes = ConcurrentHashMap.newKeySet();
  private long generation; // moved by every forget; guarded by this
  private Function<OfficeRef, Set<Long>> reader;

  public PublicMedia() {}

  /** A set outside CDI, reading with {@code reader}, for tests. */
  PublicMedia(Function<OfficeRef, Set<Long>> reader) {
    this.reader = reader;
  }

  /**
   * Whether the public may fetch asset {@code id} of {@code owner}'s library. The request works for
   * {@code owner} (its set is read in the owner's name when not kept).
   */
  public boolean isPublic(OfficeRef owner, long id) {
    String code = owner.code().value();
    Set<Long> ids = sets.get(code);
    if (ids == null) {
      if (owner.type() == OfficeType.HQ) {
        hqCodes.add(code);
      }
      long before;
      synchronized (this) {
        before = generation;
      }
      ids = read(owner);
      synchronized (this) {
        // A change that came while reading leaves the set to be read again next time.
        if (generation == before) {
          sets.put(code, ids);
        }
      }
    }
    // The office's banner (its branding) is public too, while it is the banner.
    return ids.contains(id) || Long.valueOf(id).equals(owner.branding().bannerMediaId());
  }

  /** Forgets office {@code code}'s set, and HQ's, whose files every office uses. */
  public synchronized void forget(String code) {
    generation++;
    sets.remove(code);
    hqCodes.forEach(sets::remove);
  }

  private Set<Long> read(OfficeRef owner) {
    return reader != null ? reader.apply(owner) : uses.liveAssetsOf(owner);
  }

  void onLiveContentChanged(
      @Observes(during = TransactionPhase.AFTER_SUCCESS) LiveContentChanged change) {
    forget(change.office().value());
  }
}
