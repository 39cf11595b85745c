package org.meridian.content.wordpress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.meridian.content.archive.ArchiveFormat;
import org.meridian.content.archive.ArchiveReader;
import org.meridian.content.archive.ArchiveRefusedException;
import org.meridian.content.archive.ImportReport;

/**
 * A small WordPress export (written by hand after WXR 1.2) becomes an office archive: posts → news,
 * pages with their hierarchy, tags and categories, uploads found in the folder, slugs kept, the
 * site's own links rewritten, authors mapped; what cannot come is said.
 */
class WxrConverterTest {

  private static final java.time.Instant NOW = java.time.Instant.parse("2026-12-07T09:00:00Z");

  @TempDir Path dir;

  private Path wxr;
  private Path uploads;
  private WxrConverter.Result result;
  private final Map<Long, JsonObject> items = new LinkedHashMap<>();
  private JsonObject[] media;
  private ArchiveReader reader;

  @BeforeEach
  void convert() throws Exception {
    wxr = resource("harbour-aid.wxr.xml");
    uploads = resource("uploads");
    Path archive = dir.resolve("harbour.zip");
    try (OutputStream out = Files.newOutputStream(archive)) {
      result =
          new WxrConverter(
                  wxr, uploads, "harbour", "en", Map.of("admin", "hq.admin@example.org"), NOW)
              .convert(out);
    }
    reader = ArchiveReader.open(archive);
    reader.verify();
    reader.forEach(ArchiveFormat.ITEMS, i -> items.put(i.getJsonNumber("id").longValue(), i));
    List<JsonObject> files = new java.util.ArrayList<>();
    reader.forEach(ArchiveFormat.MEDIA, files::add);
    media = files.toArray(JsonObject[]::new);
  }

  private static Path resource(String name) throws URISyntaxException {
    return Path.of(WxrConverterTest.class.getResource(name).toURI());
  }

  private String body(long id) {
    return items.get(id).getJsonArray("revisions").getJsonObject(0).getString("body");
  }

  @Test
  void postsBecomeNewsAndPagesKeepTheirHierarchy() {
    assertThat(items.keySet()).containsExactlyInAnyOrder(20L, 21L, 22L, 30L, 31L, 33L);
    assertThat(items.get(30L).getString("type")).isEqualTo("NEWS");
    assertThat(items.get(20L).getString("type")).isEqualTo("PAGE");
    assertThat(items.get(21L).getJsonNumber("parent").longValue()).isEqualTo(20);
    assertThat(items.get(20L).containsKey("parent")).isFalse();
    assertThat(items.get(30L).getString("slug")).isEqualTo("clean-water");
    assertThat(items.get(30L).getString("language")).isEqualTo("en");
    assertThat(result.counts)
        .containsEntry("news", 3)
        .containsEntry("pages", 3)
        .containsEntry("media", 1)
        .containsEntry("left out (trash)", 1)
        .containsEntry("left out (nav_menu_item)", 1);
  }

  @Test
  void publishedItemsAreLiveWithTheirDateAndDraftsAreNot() {
    assertThat(items.get(30L).getInt("live")).isEqualTo(1);
    assertThat(items.get(30L).getString("firstPublishedAt")).isEqualTo("2024-05-06T10:00:00Z");
    assertThat(items.get(31L).containsKey("live")).isFalse();
    assertThat(items.get(31L).containsKey("firstPublishedAt")).isFalse();
  }

  @Test
  void theSitesOwnLinksLeadToTheirNewAddresses() {
    assertThat(body(21L))
        .contains("href=\"/harbour/en/about-us\"")
        .contains("href=\"/harbour/en/clean-water\"")
        .contains("href=\"https://elsewhere.example.net/about-us/\"");
    assertThat(body(30L))
        .contains("src=\"/media/harbour/10/original/harbour.png\"")
        .contains("href=\"/harbour/en/storm-season\"");
  }

  @Test
  void classicEditorTextGetsItsParagraphs() {
    assertThat(body(30L)).startsWith("<p>Three new pumps now serve the harbour.</p>");
    assertThat(WxrValues.paragraphs("one\n\ntwo\nlines"))
        .isEqualTo("<p>one</p><p>two<br>lines</p>");
    assertThat(WxrValues.paragraphs("<p>kept</p>")).isEqualTo("<p>kept</p>");
  }

  @Test
  void uploadsFoundInTheFolderBecomeLibraryFilesAndTheMissingOnesAreSaid() {
    assertThat(media).hasSize(1);
    assertThat(media[0].getJsonNumber("id").longValue()).isEqualTo(10);
    assertThat(media[0].getString("altText")).isEqualTo("Boats in the harbour at dawn");
    assertThat(reader.file(media[0].getString("file"), 1_000_000)).hasSize(6293);
    JsonObject revision = items.get(30L).getJsonArray("revisions").getJsonObject(0);
    assertThat(revision.getInt("heroImage")).isEqualTo(10);
    assertThat(revision.getString("heroAlt")).isEqualTo("Boats in the harbour at dawn");
    assertThat(lines())
        .anyMatch(l -> l.contains("media 11") && l.contains("2024/05/annual-report.pdf"));
    // An address that climbs out of the folder finds nothing outside it.
    assertThat(lines()).anyMatch(l -> l.contains("media 12"));
  }

  @Test
  void slugsAreKeptUnlessTheSiteUsesThemItself() {
    assertThat(items.get(22L).getString("slug")).isEqualTo("news-page");
    assertThat(lines())
        .anyMatch(l -> l.contains("item 22") && l.contains("'news' becomes 'news-page'"));
    assertThat(items.get(33L).getString("slug")).isNotBlank().doesNotContain("%");
  }

  @Test
  void termsAndAuthorsAreMapped() {
    assertThat(items.get(30L).getJsonArray("themes").getString(0)).isEqualTo("health");
    assertThat(items.get(30L).getJsonArray("tags")).hasSize(2);
    List<String> tags = new java.util.ArrayList<>();
    reader.forEach(ArchiveFormat.TAGS, t -> tags.add(t.getString("slug")));
    assertThat(tags).containsExactly("water", "boats");
    // Mapped by the import's table; else the export's e-mail address; else the login.
    assertThat(items.get(20L).getString("owner")).isEqualTo("hq.admin@example.org");
    assertThat(items.get(30L).getString("owner")).isEqualTo("fatou@harbour-aid.example.org");
    assertThat(items.get(33L).containsKey("owner")).isFalse();
  }

  @Test
  void hostileMarkupIsLeftForTheSanitiserOfTheImport() {
    // The archive import saves every body through RichText.sanitize (see OfficeArchiveIT).
    assertThat(org.meridian.content.RichText.sanitize(body(30L)))
        .doesNotContain("<script")
        .doesNotContain("javascript:")
        .doesNotContain("onclick");
  }

  private List<String> lines() {
    return result.notes.lines().stream().map(ImportReport.Line::text).toList();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "not XML | this is not xml | wordpress.not_xml_0",
        "cut short | <rss><channel><wp:wxr_version xmlns:wp='x'>1.2</wp:wxr_version><item> | wordpress.not_xml_0",
        "plain RSS | <rss><channel><title>x</title></channel></rss> | wordpress.no_wxr_version",
        "unknown version | <rss><channel><wp:wxr_version xmlns:wp='x'>2.0</wp:wxr_version></channel></rss> | wordpress.version_0_unknown",
        "external entity | <?xml version='1.0'?><!DOCTYPE rss [<!ENTITY x SYSTEM 'file:///etc/passwd'>]><rss><channel><title>&x;</title></channel></rss> | wordpress.not_xml_0",
      })
  void badExportsAreRefused(String what, String xml, String code) throws IOException {
    Path bad = dir.resolve("bad.xml");
    Files.writeString(bad, xml);
    assertThatThrownBy(
            () ->
                new WxrConverter(bad, null, "harbour", "en", Map.of(), NOW)
                    .convert(OutputStream.nullOutputStream()))
        .as(what)
        .isInstanceOfSatisfying(
            ArchiveRefusedException.class, e -> assertThat(e.refusal().code()).isEqualTo(code));
  }
}
