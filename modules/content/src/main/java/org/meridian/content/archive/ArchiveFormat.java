package org.meridian.content.archive;

/**
 * The names and version of the archive format (described in {@code docs/archive.md}). A reader
 * refuses any other format name and any version it does not know; a change that an older reader
 * would misread gets a new version.
 */
public final class ArchiveFormat {

  /** What {@code manifest.json} says the file is. */
  public static final String NAME = "meridian-office-archive";

  /** The one version this Meridian writes and reads. */
  public static final int VERSION = 1;

  public static final String MANIFEST = "manifest.json";
  public static final String OFFICE = "office.json";
  public static final String TAGS = "tags.json";
  public static final String THEMES = "themes.json";
  public static final String MEDIA = "media.json";
  public static final String ITEMS = "items.json";
  public static final String MENUS = "menus.json";

  /**
   * The office's people and their roles: only in archives exported with them (a choice at export,
   * like "live only"); its count is {@code people} in the manifest.
   */
  public static final String PEOPLE = "people.json";

  /**
   * The office's logo: {@code office/logo.png} (or {@code .jpg}, {@code .gif}), when it has one.
   */
  public static final String LOGO_FOLDER = "office/";

  /** The folder of the media files: {@code media/{id}/{file name}}. */
  public static final String MEDIA_FOLDER = "media/";

  /** The JSON documents every archive has, in the order they are written. */
  public static final java.util.List<String> DOCUMENTS =
      java.util.List.of(OFFICE, TAGS, THEMES, MEDIA, ITEMS, MENUS);

  /** The counts the manifest gives, by document. */
  public static final java.util.Map<String, String> COUNTED =
      java.util.Map.of(
          TAGS, "tags", THEMES, "themes", MEDIA, "media", ITEMS, "items", MENUS, "menuEntries");

  private ArchiveFormat() {}

  /** Where the office's logo of {@code mediaType} lives in the archive. */
  public static String logoEntry(String mediaType) {
    String extension =
        switch (mediaType) {
          case "image/jpeg" -> "jpg";
          case "image/gif" -> "gif";
          default -> "png";
        };
    return LOGO_FOLDER + "logo." + extension;
  }

  /** Where a media file's original lives in the archive. */
  public static String mediaEntry(long id, String fileName) {
    return MEDIA_FOLDER + id + "/" + fileName;
  }
}
