package org.meridian.content.wordpress;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Pass one of a WordPress conversion: the ids, types, slugs, parents and addresses of the posts and
 * pages, the attachments and where their files are, and an id for each tag — not the texts, which
 * pass two reads again one item at a time.
 */
final class WxrIndex {

  /** A post or page: its slug, its parent and (once {@link #resolvePaths} ran) its address. */
  record Indexed(String type, String slug, long parent, String path) {}

  /** An attachment: its file below the uploads folder, the library file's name, title and alt. */
  record Attachment(long id, String entry, String fileName, String title, String alt) {}

  private final Map<Long, Indexed> items = new HashMap<>();
  private final Map<String, Long> byPath = new HashMap<>();
  private final Map<Long, Attachment> attachments = new LinkedHashMap<>();
  private final Map<String, Long> attachmentByPath = new HashMap<>();
  private final Map<String, Long> tagIds = new LinkedHashMap<>();

  /** Indexes one item of the export: of anything but posts, pages and attachments, its tags. */
  void add(WxrItem item) {
    String path = WxrValues.pathOf(item.link);
    switch (item.type) {
      case "post", "page" -> {
        items.put(item.id, new Indexed(item.type, WxrValues.slug(item), item.parent, null));
        if (!path.isEmpty()) {
          byPath.put(path, item.id);
        }
      }
      case "attachment" -> {
        String url = item.attachmentUrl.isEmpty() ? item.link : item.attachmentUrl;
        String relative = WxrValues.uploadsPath(url);
        String name = WxrValues.safeName(relative.substring(relative.lastIndexOf('/') + 1));
        attachments.put(
            item.id,
            new Attachment(
                item.id,
                relative,
                name,
                item.title,
                item.meta.getOrDefault("_wp_attachment_image_alt", "")));
        attachmentByPath.put(WxrValues.pathOf(url), item.id);
      }
      default -> {}
    }
    item.tags.forEach(this::addTag);
  }

  /** Gives the tag {@code slug} the next id, unless it has one. */
  void addTag(String slug) {
    tagIds.computeIfAbsent(slug, s -> (long) tagIds.size() + 1);
  }

  /** Each page's address: its parents' slugs and its own. */
  void resolvePaths() {
    Map<Long, Indexed> resolved = new HashMap<>();
    items.forEach(
        (id, indexed) -> {
          List<String> slugs = new ArrayList<>();
          Indexed at = indexed;
          for (int depth = 0; at != null && depth < 8; depth++) {
            slugs.add(0, at.slug());
            Indexed up = "page".equals(at.type()) ? items.get(at.parent()) : null;
            at = up != null && "page".equals(up.type()) ? up : null;
          }
          resolved.put(
              id,
              new Indexed(
                  indexed.type(), indexed.slug(), indexed.parent(), String.join("/", slugs)));
        });
    items.putAll(resolved);
  }

  /** The post or page {@code id}; {@code null} when the export has none. */
  Indexed item(long id) {
    return items.get(id);
  }

  boolean hasItem(long id) {
    return items.containsKey(id);
  }

  /** The post or page at the site's path {@code path}; {@code null} when none is there. */
  Long itemAt(String path) {
    return byPath.get(path);
  }

  /** The attachment whose file is at the site's path {@code path}; {@code null} when none is. */
  Long attachmentAt(String path) {
    return attachmentByPath.get(path);
  }

  /** The attachment {@code id}, if it is still carried; {@code null} otherwise. */
  Attachment attachment(long id) {
    return attachments.get(id);
  }

  Collection<Attachment> attachments() {
    return Collections.unmodifiableCollection(attachments.values());
  }

  /** Forgets the attachments whose files were not found: links to them are left alone. */
  void keepAttachments(Collection<Long> found) {
    attachments.keySet().retainAll(found);
  }

  /** The id of the tag {@code slug}. */
  Long tagId(String slug) {
    return tagIds.get(slug);
  }

  /** Every tag's slug and id, in the order they were met. */
  Map<String, Long> tagIds() {
    return Collections.unmodifiableMap(tagIds);
  }
}
