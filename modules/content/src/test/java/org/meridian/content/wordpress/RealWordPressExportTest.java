package org.meridian.content.wordpress;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.meridian.content.archive.ArchiveFormat;
import org.meridian.content.archive.ArchiveReader;
import org.meridian.content.archive.ImportReport;

/**
 * An export written by a real WordPress (6.1.9, Debian's package: see real/README.md) becomes an
 * office archive: WordPress' own sample content, pages three deep, a parent category, plain
 * permalinks ({@code ?page_id=}), uploads linked by a path from the site's root, a trashed post
 * ({@code __trashed}), a title with accents and no slug given.
 */
class RealWordPressExportTest {

  private static final java.time.Instant NOW = java.time.Instant.parse("2026-12-07T09:00:00Z");

  @TempDir Path dir;

  private WxrConverter.Result result;
  private final Map<Long, JsonObject> items = new LinkedHashMap<>();
  private final List<JsonObject> media = new ArrayList<>();
  private final List<String> tags = new ArrayList<>();

  @BeforeEach
  void convert() throws Exception {
    Path archive = dir.resolve("harbour.zip");
    try (OutputStream out = Files.newOutputStream(archive)) {
      result =
          new WxrConverter(
                  resource("real/harbour-aid-wordpress-6.1.wxr.xml"),
                  resource("real/uploads"),
                  "harbour",
                  "en",
                  Map.of("admin", "hq.admin@example.org"),
                  NOW)
              .convert(out);
    }
    ArchiveReader reader = ArchiveReader.open(archive);
    reader.verify();
    reader.forEach(ArchiveFormat.ITEMS, i -> items.put(i.getJsonNumber("id").longValue(), i));
    reader.forEach(ArchiveFormat.MEDIA, media::add);
    reader.forEach(ArchiveFormat.TAGS, t -> tags.add(t.getString("slug")));
  }

  private static Path resource(String name) throws URISyntaxException {
    return Path.of(RealWordPressExportTest.class.getResource(name).toURI());
  }

  private String body(long id) {
    return items.get(id).getJsonArray("revisions").getJsonObject(0).getString("body");
  }

  private List<String> notes() {
    return result.notes.lines().stream().map(ImportReport.Line::text).toList();
  }

  @Test
  void postsAndPagesComeWithTheirHierarchy() {
    // 1 Hello world, 2 Sample Page, 3 Privacy Policy (draft), 4 About us > 5 Our team > 6 Our
    // history, 7 News, 9 Storm season (draft), 10 Clean water, 14 Le port en fête; 12 is trashed
    assertThat(items.keySet()).containsExactlyInAnyOrder(1L, 2L, 3L, 4L, 5L, 6L, 7L, 9L, 10L, 14L);
    assertThat(items.get(10L).getString("type")).isEqualTo("NEWS");
    assertThat(items.get(4L).getString("type")).isEqualTo("PAGE");
    assertThat(items.get(5L).getJsonNumber("parent").longValue()).isEqualTo(4);
    assertThat(items.get(6L).getJsonNumber("parent").longValue()).isEqualTo(5);
    assertThat(items.get(10L).getInt("live")).isEqualTo(1);
    assertThat(items.get(10L).getString("firstPublishedAt")).isEqualTo("2024-05-06T10:00:00Z");
    assertThat(items.get(3L).containsKey("live")).isFalse();
    assertThat(items.get(9L).containsKey("live")).isFalse();
    assertThat(items.get(7L).getString("slug")).isEqualTo("news-page");
    assertThat(items.get(14L).getString("slug")).isEqualTo("le-port-en-fete");
    assertThat(result.counts)
        .containsEntry("news", 4)
        .containsEntry("pages", 6)
        .containsEntry("media", 1)
        .containsEntry("left out (trash)", 1)
        .containsEntry("left out (nav_menu_item)", 1);
  }

  @Test
  void linksByPageIdPermalinkAndUploadPathLeadToTheirNewAddresses() {
    assertThat(body(5L))
        .contains("href=\"/harbour/en/about-us\"")
        .contains("href=\"/harbour/en/clean-water\"")
        .contains("href=\"https://elsewhere.example.net/about-us/\"");
    assertThat(body(10L))
        .contains("href=\"/harbour/en/about-us\"")
        .contains("href=\"/harbour/en/storm-season\"")
        .contains("src=\"/media/harbour/8/original/harbour.png\"")
        .doesNotContain("wp-content");
  }

  @Test
  void theAttachmentIsALibraryFileAndTheFeaturedImageTheHero() {
    assertThat(media).hasSize(1);
    assertThat(media.get(0).getJsonNumber("id").longValue()).isEqualTo(8);
    assertThat(media.get(0).getString("altText")).isEqualTo("Boats in the harbour at dawn");
    JsonObject revision = items.get(10L).getJsonArray("revisions").getJsonObject(0);
    assertThat(revision.getInt("heroImage")).isEqualTo(8);
  }

  @Test
  void categoriesTagsAndAuthors() {
    assertThat(items.get(10L).getJsonArray("themes").getString(0)).isEqualTo("health");
    assertThat(tags).contains("water", "boats");
    assertThat(items.get(4L).getString("owner")).isEqualTo("hq.admin@example.org");
    assertThat(items.get(10L).getString("owner")).isEqualTo("writer@harbour-aid.example.org");
    assertThat(notes()).noneMatch(l -> l.contains("Exception"));
  }

  @Test
  void blockEditorCommentsAndHostileMarkupAreLeftForTheSanitiser() {
    assertThat(body(6L)).contains("Founded on the quay");
    assertThat(org.meridian.content.RichText.sanitize(body(10L)))
        .doesNotContain("<script")
        .doesNotContain("javascript:")
        .doesNotContain("onclick")
        .doesNotContain("<!--");
  }
}
