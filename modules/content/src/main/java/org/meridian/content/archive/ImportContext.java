package org.meridian.content.archive;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * What one import run knows as it goes: the source and target office codes, what each part of the
 * archive became in the target (loaded from earlier imports first, so that a second run skips what
 * the first did), the parts refused, and the themes this network has. Ids only: a few megabytes for
 * 10,000 items, never their content.
 */
final class ImportContext {

  final String source;
  final String target;
  final Map<String, Map<Long, Long>> done = new HashMap<>();
  final Set<Long> itemsInArchive = new HashSet<>();
  final Set<Long> refusedItems = new HashSet<>();
  final Set<Long> refusedMedia = new HashSet<>();
  final Set<Long> mediaInArchive = new HashSet<>();

  /** The file name the target's library gave each imported file, by its id there. */
  final Map<Long, String> mediaNames = new HashMap<>();

  final Set<String> knownThemes = new HashSet<>();

  ImportContext(String source, String target) {
    this.source = source;
    this.target = target;
  }

  Map<Long, Long> of(String part) {
    return done.computeIfAbsent(part, p -> new HashMap<>());
  }

  Long target(String part, long sourceId) {
    return of(part).get(sourceId);
  }

  void record(String part, long sourceId, long targetId) {
    of(part).put(sourceId, targetId);
  }

  static final String ITEM = "item";
  static final String MEDIA = "media";
  static final String TAG = "tag";
  static final String MENU = "menu";

  /** The office itself, recorded when an import created it (source id 0): its look may follow. */
  static final String OFFICE = "office";

  /** The office's colours, banner, theme variant and taglines (source id 0). */
  static final String BRANDING = "branding";

  /** The office's logo (source id 0). */
  static final String LOGO = "logo";

  /** A person's role in the office, by the source's membership id. */
  static final String PERSON = "person";
}
