package org.meridian.content.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every way an archive can be bad is refused by the reader with its own refusal, before an import
 * writes anything ({@link ArchiveReader#open} and {@link ArchiveReader#verify}).
 */
class ArchiveBadInputTest {

  @TempDir Path dir;

  private static final String OFFICE = "{\"code\":\"gambia\",\"type\":\"COUNTRY\"}";

  private static String manifest(String version, int items) {
    return "{\"format\":\"meridian-office-archive\",\"version\":"
        + version
        + ",\"about\":{\"office\":\"gambia\"},\"counts\":{\"items\":"
        + items
        + ",\"tags\":0,\"themes\":0,\"media\":0,\"menuEntries\":0}}";
  }

  private Path zip(Map<String, String> entries) throws IOException {
    Path file = Files.createTempFile(dir, "archive", ".zip");
    try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
      for (var e : entries.entrySet()) {
        zip.putNextEntry(new ZipEntry(e.getKey()));
        zip.write(e.getValue().getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
      }
    }
    return file;
  }

  private Map<String, String> whole(String manifest, String items) {
    Map<String, String> entries = new LinkedHashMap<>();
    entries.put("office.json", OFFICE);
    entries.put("tags.json", "[]");
    entries.put("themes.json", "[]");
    entries.put("media.json", "[]");
    entries.put("items.json", items);
    entries.put("menus.json", "[]");
    entries.put("manifest.json", manifest);
    return entries;
  }

  private static String refusalOf(Path file) {
    try (ArchiveReader reader = ArchiveReader.open(file)) {
      reader.verify();
      return "accepted";
    } catch (ArchiveRefusedException refused) {
      return refused.refusal().code();
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void aWholeArchiveIsAccepted() throws IOException {
    assertThat(refusalOf(zip(whole(manifest("1", 1), "[" + ArchiveFormatTest.item(1) + "]"))))
        .isEqualTo("accepted");
  }

  @ParameterizedTest(name = "version {0}: {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "1       | accepted",
        "2       | archive.version_0_unknown",
        "0       | archive.version_0_unknown",
        "1.5     | archive.version_0_unknown",
        "\"1\"   | archive.version_0_unknown",
        "null    | archive.version_0_unknown",
      })
  void onlyVersionOneIsRead(String version, String expected) throws IOException {
    assertThat(refusalOf(zip(whole(manifest(version, 0), "[]")))).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "items.json not closed          | [{\"id\":1}                  | archive.entry_0_not_valid_1",
        "items.json an object           | {\"id\":1}                   | archive.entry_0_not_valid_1",
        "items.json holds a number      | [1]                         | archive.entry_0_not_valid_1",
        "fewer items than the manifest  | []                          | archive.entry_0_holds_1_of_2",
        "two values                     | [{\"id\":1}] []              | archive.entry_0_not_valid_1",
      })
  void brokenDocumentsAreRefused(String what, String items, String expected) throws IOException {
    assertThat(refusalOf(zip(whole(manifest("1", 1), items)))).as(what).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "people as the manifest counts     | 1 | [{\"id\":4,\"email\":\"a@example.org\"}] | accepted",
        "fewer people than the manifest    | 2 | [{\"id\":4,\"email\":\"a@example.org\"}] | archive.entry_0_holds_1_of_2",
        "people counted, people.json gone  | 1 |                                          | archive.entry_0_missing",
        "people.json not closed            | 1 | [{\"id\":4}                             | archive.entry_0_not_valid_1",
      })
  void thePeopleDocumentIsCheckedWhenTheArchiveHasOne(
      String what, int counted, String people, String expected) throws IOException {
    Map<String, String> entries =
        whole(manifest("1", 0).replace("\"items\":0", "\"items\":0,\"people\":" + counted), "[]");
    if (people != null) {
      entries.put("people.json", people);
    }
    assertThat(refusalOf(zip(entries))).as(what).isEqualTo(expected);
  }

  @Test
  void aLogoTheOfficeNamesMustBeInTheArchive() throws IOException {
    String office =
        "{\"code\":\"gambia\",\"type\":\"COUNTRY\",\"logo\":{\"file\":\"office/logo.png\","
            + "\"sha256\":\"0\"}}";
    Map<String, String> entries = whole(manifest("1", 0), "[]");
    entries.put("office.json", office);
    assertThat(refusalOf(zip(entries))).isEqualTo("archive.entry_0_missing");
    entries.put("office/logo.png", "PNG bytes");
    assertThat(refusalOf(zip(entries))).isEqualTo("accepted");
  }

  @Test
  void anArchiveWithoutManifestIsRefused() throws IOException {
    Map<String, String> entries = whole(manifest("1", 0), "[]");
    entries.remove("manifest.json");
    assertThat(refusalOf(zip(entries))).isEqualTo("archive.no_manifest");
  }

  @Test
  void anotherFormatIsRefused() throws IOException {
    Map<String, String> entries = whole("{\"format\":\"wordpress\",\"version\":1}", "[]");
    assertThat(refusalOf(zip(entries))).isEqualTo("archive.not_an_office_archive");
  }

  @Test
  void aMissingDocumentIsRefused() throws IOException {
    Map<String, String> entries = whole(manifest("1", 0), "[]");
    entries.remove("menus.json");
    assertThat(refusalOf(zip(entries))).isEqualTo("archive.entry_0_missing");
  }

  @Test
  void aFileThatIsNotAZipIsRefused() throws IOException {
    Path text = dir.resolve("notes.zip");
    Files.writeString(text, "These are not the archives you are looking for.");
    assertThat(refusalOf(text)).isEqualTo("archive.not_a_zip");
    Path empty = dir.resolve("empty.zip");
    Files.write(empty, new byte[0]);
    assertThat(refusalOf(empty)).isEqualTo("archive.not_a_zip");
  }

  @Test
  void aTruncatedArchiveIsRefused() throws IOException {
    Path whole = ArchiveFormatTest.archive(dir, 50);
    byte[] bytes = Files.readAllBytes(whole);
    for (int keep : new int[] {bytes.length - 1, bytes.length - 30, bytes.length / 2, 10}) {
      Path cut = dir.resolve("cut-" + keep + ".zip");
      Files.write(cut, Arrays.copyOf(bytes, keep));
      assertThat(refusalOf(cut))
          .as("cut at %d of %d bytes", keep, bytes.length)
          .isEqualTo("archive.not_a_zip");
    }
  }

  @Test
  void aMediaFileWhoseBytesChangedIsRefusedByItsChecksum() throws IOException {
    byte[] media = "MEDIA-BYTES-0123456789-MEDIA-BYTES".getBytes(StandardCharsets.US_ASCII);
    Path file = dir.resolve("flipped.zip");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      for (var e : whole(manifest("1", 0).replace("\"media\":0", "\"media\":1"), "[]").entrySet()) {
        zip.putNextEntry(new ZipEntry(e.getKey()));
        String text =
            e.getKey().equals("media.json")
                ? "[{\"id\":5,\"fileName\":\"a.png\",\"file\":\"media/5/a.png\"}]"
                : e.getValue();
        zip.write(text.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
      }
      ZipEntry stored = new ZipEntry("media/5/a.png");
      stored.setMethod(ZipEntry.STORED);
      stored.setSize(media.length);
      CRC32 crc = new CRC32();
      crc.update(media);
      stored.setCrc(crc.getValue());
      zip.putNextEntry(stored);
      zip.write(media);
      zip.closeEntry();
    }
    byte[] bytes = out.toByteArray();
    Files.write(file, bytes);
    assertThat(refusalOf(file)).isEqualTo("accepted");
    int at = indexOf(bytes, "0123456789".getBytes(StandardCharsets.US_ASCII));
    bytes[at] = 'X';
    Files.write(file, bytes);
    assertThat(refusalOf(file)).isEqualTo("archive.entry_0_damaged");
  }

  @Test
  void aMediaFileLargerThanTheLibraryTakesIsRefused() throws IOException {
    Path file = ArchiveFormatTest.archive(dir, 1);
    try (ArchiveReader reader = ArchiveReader.open(file)) {
      assertThatThrownBy(() -> reader.file("media/5/logo.png", 3))
          .isInstanceOfSatisfying(
              ArchiveRefusedException.class,
              e -> assertThat(e.refusal().code()).isEqualTo("archive.file_0_larger_than_1"));
    }
  }

  private static int indexOf(byte[] haystack, byte[] needle) {
    outer:
    for (int i = 0; i <= haystack.length - needle.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (haystack[i + j] != needle[j]) {
          continue outer;
        }
      }
      return i;
    }
    throw new AssertionError("not found");
  }
}
