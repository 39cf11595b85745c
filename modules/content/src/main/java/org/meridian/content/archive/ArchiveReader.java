package org.meridian.content.archive;

import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParsingException;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import org.meridian.tenancy.Refusal;

/**
 * Reads an archive from a file: the manifest first (format and version), then each JSON document as
 * a stream of objects (one in memory at a time) and each media file on its own. {@link #verify}
 * reads every entry once, checking its checksum, its JSON and the manifest's counts, so that an
 * import can refuse a damaged archive before writing anything.
 */
public final class ArchiveReader implements Closeable {

  private static final JsonProvider JSON = JsonProvider.provider();

  private final ZipFile zip;
  private final JsonObject manifest;

  private ArchiveReader(ZipFile zip, JsonObject manifest) {
    this.zip = zip;
    this.manifest = manifest;
  }

  /**
   * Opens the archive and checks its manifest.
   *
   * @throws ArchiveRefusedException when it is not a complete zip, has no manifest, is not a
   *     Meridian office archive or is of a version this Meridian does not read
   */
  public static ArchiveReader open(Path file) {
    ZipFile zip;
    try {
      zip = new ZipFile(file.toFile(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new ArchiveRefusedException(
          Refusal.of(
              "archive.not_a_zip",
              "The file is not a complete zip archive: it is damaged or was cut short."),
          e);
    }
    try {
      JsonObject manifest = readManifest(zip);
      return new ArchiveReader(zip, manifest);
    } catch (RuntimeException refused) {
      closeQuietly(zip);
      throw refused;
    }
  }

  private static JsonObject readManifest(ZipFile zip) {
    ZipEntry entry = zip.getEntry(ArchiveFormat.MANIFEST);
    if (entry == null) {
      throw new ArchiveRefusedException(
          Refusal.of(
              "archive.no_manifest",
              "The file has no manifest.json: it is not a Meridian office archive."));
    }
    JsonObject manifest;
    try (InputStream in = checked(zip, entry);
        JsonParser parser = JSON.createParser(in)) {
      if (!parser.hasNext() || parser.next() != JsonParser.Event.START_OBJECT) {
        throw malformed(ArchiveFormat.MANIFEST, "not a JSON object");
      }
      manifest = parser.getObject();
    } catch (JsonException | IOException e) {
      throw malformed(ArchiveFormat.MANIFEST, e.getMessage());
    }
    if (!ArchiveFormat.NAME.equals(manifest.getString("format", ""))) {
      throw new ArchiveRefusedException(
          Refusal.of(
              "archive.not_an_office_archive",
              "The file is not a Meridian office archive (its manifest says '{0}').",
              manifest.getString("format", "")));
    }
    JsonValue version = manifest.get("version");
    if (!(version instanceof jakarta.json.JsonNumber number)
        || !number.isIntegral()
        || number.intValue() != ArchiveFormat.VERSION) {
      throw new ArchiveRefusedException(
          Refusal.of(
              "archive.version_0_unknown",
              "The archive is of format version {0}; this Meridian reads version {1} only.",
              String.valueOf(version),
              ArchiveFormat.VERSION));
    }
    return manifest;
  }

  public JsonObject manifest() {
    return manifest;
  }

  /** What the manifest says about the source: its office code, whether only live versions. */
  public JsonObject about() {
    return manifest.getJsonObject("about");
  }

  /** The count the manifest gives for {@code name} ({@code items}, {@code media}, …). */
  public long count(String name) {
    JsonObject counts = manifest.getJsonObject("counts");
    return counts == null
        ? 0
        : counts.getJsonNumber(name) == null ? 0 : counts.getJsonNumber(name).longValue();
  }

  /**
   * Reads every entry the manifest promises once: checksums, JSON syntax and the counts of each
   * document; the media files each item of {@code media.json} names must be there.
   *
   * @throws ArchiveRefusedException naming the first damaged, missing or cut-short entry
   */
  public void verify() {
    JsonObject office = object(ArchiveFormat.OFFICE);
    if (office.get("logo") instanceof JsonObject logo) {
      readWhole(logo.getString("file", ""));
    }
    JsonObject counts = manifest.getJsonObject("counts");
    if ((counts != null && counts.containsKey("people")) || has(ArchiveFormat.PEOPLE)) {
      long found = forEach(ArchiveFormat.PEOPLE, person -> {});
      if (found != count("people")) {
        throw new ArchiveRefusedException(
            Refusal.of(
                "archive.entry_0_holds_1_of_2",
                "{0} holds {1} entries where the manifest promises {2}: the archive is incomplete.",
                ArchiveFormat.PEOPLE,
                found,
                count("people")));
      }
    }
    for (var counted : ArchiveFormat.COUNTED.entrySet()) {
      long found = forEach(counted.getKey(), document -> {});
      long promised = count(counted.getValue());
      if (found != promised) {
        throw new ArchiveRefusedException(
            Refusal.of(
                "archive.entry_0_holds_1_of_2",
                "{0} holds {1} entries where the manifest promises {2}: the archive is incomplete.",
                counted.getKey(),
                found,
                promised));
      }
    }
    forEach(ArchiveFormat.MEDIA, media -> readWhole(media.getString("file", "")));
  }

  /** Whether the archive has the entry {@code entryName} (an optional document, such as people). */
  public boolean has(String entryName) {
    return zip.getEntry(entryName) != null;
  }

  /** Reads a file entry to its end, checking its checksum. */
  private void readWhole(String entryName) {
    ZipEntry entry = zip.getEntry(entryName);
    if (entry == null) {
      throw missing(entryName);
    }
    try (InputStream in = checked(zip, entry)) {
      in.transferTo(java.io.OutputStream.nullOutputStream());
    } catch (IOException e) {
      throw damaged(entryName, e);
    }
  }

  /** A document that is one object. */
  public JsonObject object(String entryName) {
    ZipEntry entry = zip.getEntry(entryName);
    if (entry == null) {
      throw missing(entryName);
    }
    try (InputStream in = checked(zip, entry);
        JsonParser parser = JSON.createParser(in)) {
      if (!parser.hasNext() || parser.next() != JsonParser.Event.START_OBJECT) {
        throw malformed(entryName, "not a JSON object");
      }
      JsonObject object = parser.getObject();
      if (parser.hasNext()) {
        throw malformed(entryName, "more than one value");
      }
      return object;
    } catch (JsonParsingException e) {
      throw malformed(entryName, e.getMessage());
    } catch (JsonException | IOException e) {
      throw damaged(entryName, e);
    }
  }

  /**
   * Hands each object of an array document to {@code each}, one at a time, in order.
   *
   * @return how many there were
   */
  public long forEach(String entryName, Consumer<JsonObject> each) {
    ZipEntry entry = zip.getEntry(entryName);
    if (entry == null) {
      throw missing(entryName);
    }
    long seen = 0;
    try (InputStream in = checked(zip, entry);
        JsonParser parser = JSON.createParser(in)) {
      if (!parser.hasNext() || parser.next() != JsonParser.Event.START_ARRAY) {
        throw malformed(entryName, "not a JSON array");
      }
      while (true) {
        if (!parser.hasNext()) {
          throw malformed(entryName, "the array is not closed");
        }
        JsonParser.Event event = parser.next();
        if (event == JsonParser.Event.END_ARRAY) {
          break;
        }
        if (event != JsonParser.Event.START_OBJECT) {
          throw malformed(entryName, "entry " + (seen + 1) + " is not an object");
        }
        each.accept(parser.getObject());
        seen++;
      }
      if (parser.hasNext()) {
        throw malformed(entryName, "more than one value");
      }
    } catch (JsonParsingException e) {
      throw malformed(entryName, e.getMessage());
    } catch (JsonException | IOException e) {
      throw damaged(entryName, e);
    }
    return seen;
  }

  /**
   * A media file's bytes, at most {@code maxBytes} of them.
   *
   * @throws ArchiveRefusedException when it is missing, damaged or larger
   */
  public byte[] file(String entryName, long maxBytes) {
    ZipEntry entry = zip.getEntry(entryName);
    if (entry == null) {
      throw missing(entryName);
    }
    if (entry.getSize() > maxBytes) {
      throw tooLarge(entryName, maxBytes);
    }
    try (InputStream in = checked(zip, entry)) {
      ByteArrayOutputStream out = new ByteArrayOutputStream((int) Math.max(0, entry.getSize()));
      byte[] buffer = new byte[64 * 1024];
      long total = 0;
      for (int n; (n = in.read(buffer)) > 0; ) {
        total += n;
        if (total > maxBytes) {
          throw tooLarge(entryName, maxBytes);
        }
        out.write(buffer, 0, n);
      }
      return out.toByteArray();
    } catch (IOException e) {
      throw damaged(entryName, e);
    }
  }

  @Override
  public void close() throws IOException {
    zip.close();
  }

  /**
   * The entry's bytes, checked against the checksum the zip recorded: {@link ZipFile} itself does
   * not check it, and a flipped bit must not pass for content.
   */
  private static InputStream checked(ZipFile zip, ZipEntry entry) throws IOException {
    InputStream raw = zip.getInputStream(entry);
    long expected = entry.getCrc();
    String name = entry.getName();
    return new FilterInputStream(raw) {
      private final CRC32 crc = new CRC32();
      private boolean checked;

      @Override
      public int read() throws IOException {
        int b = super.read();
        if (b < 0) {
          check();
        } else {
          crc.update(b);
        }
        return b;
      }

      @Override
      public int read(byte[] b, int off, int len) throws IOException {
        int n = super.read(b, off, len);
        if (n < 0) {
          check();
        } else {
          crc.update(b, off, n);
        }
        return n;
      }

      private void check() throws ZipException {
        if (!checked && expected != -1 && crc.getValue() != expected) {
          throw new ZipException("checksum mismatch in " + name);
        }
        checked = true;
      }
    };
  }

  private static ArchiveRefusedException missing(String entryName) {
    return new ArchiveRefusedException(
        Refusal.of(
            "archive.entry_0_missing", "The archive has no {0}: it is incomplete.", entryName));
  }

  private static ArchiveRefusedException damaged(String entryName, Exception cause) {
    return new ArchiveRefusedException(
        Refusal.of(
            "archive.entry_0_damaged",
            "{0} in the archive is damaged and cannot be read.",
            entryName),
        cause);
  }

  private static ArchiveRefusedException malformed(String entryName, String why) {
    return new ArchiveRefusedException(
        Refusal.of(
            "archive.entry_0_not_valid_1",
            "{0} in the archive is not valid JSON of this format: {1}",
            entryName,
            why == null ? "" : why));
  }

  private static ArchiveRefusedException tooLarge(String entryName, long maxBytes) {
    return new ArchiveRefusedException(
        Refusal.of(
            "archive.file_0_larger_than_1",
            "{0} is larger than the {1} bytes the media library takes.",
            entryName,
            maxBytes));
  }

  private static void closeQuietly(ZipFile zip) {
    try {
      zip.close();
    } catch (IOException ignored) {
      // already refusing the file
    }
  }
}
