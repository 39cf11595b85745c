package org.meridian.content.archive;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The archive as written and read back: entries, manifest, counts, streaming documents. */
class ArchiveFormatTest {

  @TempDir Path dir;

  /** A small archive of {@code items} items and one media file, as the export writes it. */
  static Path archive(Path dir, int items) throws IOException {
    Path file = dir.resolve("office.zip");
    try (OutputStream out = Files.newOutputStream(file)) {
      write(out, items);
    }
    return file;
  }

  static void write(OutputStream out, int items) throws IOException {
    try (ArchiveWriter writer = new ArchiveWriter(out)) {
      writer.object(
          ArchiveFormat.OFFICE,
          Json.createObjectBuilder().add("code", "gambia").add("type", "COUNTRY").build());
      try (var tags = writer.documents(ArchiveFormat.TAGS)) {
        tags.add(
            Json.createObjectBuilder()
                .add("id", 7)
                .add("name", "Water")
                .add("slug", "water")
                .build());
      }
      try (var themes = writer.documents(ArchiveFormat.THEMES)) {
        // none
      }
      byte[] png = {(byte) 0x89, 'P', 'N', 'G'};
      try (var media = writer.documents(ArchiveFormat.MEDIA)) {
        media.add(
            Json.createObjectBuilder()
                .add("id", 5)
                .add("fileName", "logo.png")
                .add("sha256", OfficeImport.sha256(png))
                .add("file", ArchiveFormat.mediaEntry(5, "logo.png"))
                .build());
      }
      writer.file(ArchiveFormat.mediaEntry(5, "logo.png"), png);
      try (var docs = writer.documents(ArchiveFormat.ITEMS)) {
        for (int i = 1; i <= items; i++) {
          docs.add(item(i));
          writer.count("revisions", 1);
        }
      }
      try (var menus = writer.documents(ArchiveFormat.MENUS)) {
        menus.add(
            Json.createObjectBuilder()
                .add("id", 1)
                .add("menu", "MAIN")
                .add("language", "en")
                .add("label", "News")
                .add("url", "news")
                .build());
      }
      writer.finish(
          "test",
          Instant.parse("2026-12-07T09:00:00Z"),
          Json.createObjectBuilder().add("office", "gambia").add("liveOnly", false).build());
    }
  }

  static JsonObject item(int id) {
    return Json.createObjectBuilder()
        .add("id", id)
        .add("type", "NEWS")
        .add("language", "en")
        .add("slug", "item-" + id)
        .add(
            "revisions",
            Json.createArrayBuilder()
                .add(
                    Json.createObjectBuilder()
                        .add("number", 1)
                        .add("title", "Item " + id)
                        .add("body", "<p>Text é ع</p>")
                        .add("fields", Json.createObjectBuilder())))
        .build();
  }

  @Test
  void theManifestComesLastAndCountsWhatWasWritten() throws IOException {
    Path file = archive(dir, 3);
    List<String> names = new ArrayList<>();
    try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(file))) {
      for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
        names.add(e.getName());
      }
    }
    assertThat(names)
        .containsExactly(
            "office.json",
            "tags.json",
            "themes.json",
            "media.json",
            "media/5/logo.png",
            "items.json",
            "menus.json",
            "manifest.json");
    try (ArchiveReader reader = ArchiveReader.open(file)) {
      JsonObject manifest = reader.manifest();
      assertThat(manifest.getString("format")).isEqualTo("meridian-office-archive");
      assertThat(manifest.getInt("version")).isEqualTo(1);
      assertThat(reader.count("items")).isEqualTo(3);
      assertThat(reader.count("revisions")).isEqualTo(3);
      assertThat(reader.count("media")).isEqualTo(1);
      assertThat(reader.count("files")).isEqualTo(1);
      assertThat(reader.count("tags")).isEqualTo(1);
      assertThat(reader.count("menuEntries")).isEqualTo(1);
      assertThat(reader.about().getString("office")).isEqualTo("gambia");
    }
  }

  @Test
  void documentsAreReadBackOneObjectAtATimeInOrder() throws IOException {
    Path file = archive(dir, 250);
    try (ArchiveReader reader = ArchiveReader.open(file)) {
      reader.verify();
      List<String> slugs = new ArrayList<>();
      long n = reader.forEach(ArchiveFormat.ITEMS, item -> slugs.add(item.getString("slug")));
      assertThat(n).isEqualTo(250);
      assertThat(slugs).hasSize(250).startsWith("item-1", "item-2").endsWith("item-250");
      assertThat(reader.forEach(ArchiveFormat.ITEMS, item -> {})) // a document can be read again
          .isEqualTo(250);
      assertThat(reader.object(ArchiveFormat.OFFICE).getString("code")).isEqualTo("gambia");
      assertThat(reader.file("media/5/logo.png", 100)).containsExactly(0x89, 'P', 'N', 'G');
    }
  }

  @Test
  void textSurvivesInUtf8() throws IOException {
    Path file = archive(dir, 1);
    try (ArchiveReader reader = ArchiveReader.open(file)) {
      reader.forEach(
          ArchiveFormat.ITEMS,
          item ->
              assertThat(item.getJsonArray("revisions").getJsonObject(0).getString("body"))
                  .isEqualTo("<p>Text é ع</p>"));
    }
  }

  @Test
  void theWriterKeepsOneEntryOpenAtATime() {
    ArchiveWriter writer = new ArchiveWriter(new ByteArrayOutputStream());
    writer.documents(ArchiveFormat.ITEMS);
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> writer.object(ArchiveFormat.OFFICE, Json.createObjectBuilder().build()))
        .isInstanceOf(IllegalStateException.class);
  }
}
