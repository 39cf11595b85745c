package org.meridian.content.archive;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.spi.JsonProvider;
import jakarta.json.stream.JsonGenerator;
import java.io.Closeable;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes an archive to a stream, one zip entry at a time: JSON documents through JSON-P's streaming
 * generator (one object in memory at a time), media files as they come, and {@code manifest.json}
 * last, with the counts of what was written. Nothing is kept between entries but the counts.
 */
public final class ArchiveWriter implements Closeable {

  private static final JsonProvider JSON = JsonProvider.provider();

  private final ZipOutputStream zip;
  private final Map<String, Long> counts = new LinkedHashMap<>();
  private Documents open;
  private boolean finished;

  public ArchiveWriter(OutputStream out) {
    this.zip = new ZipOutputStream(Objects.requireNonNull(out, "out"));
  }

  /** Writes a JSON document that is one small object ({@code office.json}). */
  public void object(String entry, JsonObject value) {
    requireNothingOpen();
    try {
      zip.putNextEntry(new ZipEntry(entry));
      try (JsonGenerator generator = JSON.createGenerator(unclosable(zip))) {
        generator.write(value);
      }
      zip.closeEntry();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Opens a JSON document that is an array of objects, written one by one; close it before the next
   * entry.
   */
  public Documents documents(String entry) {
    requireNothingOpen();
    try {
      zip.putNextEntry(new ZipEntry(entry));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    open = new Documents(entry, JSON.createGenerator(unclosable(zip)));
    open.generator.writeStartArray();
    return open;
  }

  /** Writes a media file's bytes. */
  public void file(String entry, byte[] bytes) {
    requireNothingOpen();
    try {
      zip.putNextEntry(new ZipEntry(entry));
      zip.write(bytes);
      zip.closeEntry();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    counts.merge("files", 1L, Long::sum);
  }

  /**
   * Writes {@code manifest.json} with the format, version, the counts of what was written and
   * {@code about} (the source office, whether only live versions were kept), and ends the zip.
   */
  public void finish(String generatorName, Instant createdAt, JsonObject about) {
    requireNothingOpen();
    JsonObjectBuilder countsJson = JSON.createObjectBuilder();
    ArchiveFormat.COUNTED.forEach(
        (document, name) -> countsJson.add(name, counts.getOrDefault(document, 0L)));
    if (counts.containsKey(ArchiveFormat.PEOPLE)) {
      countsJson.add("people", counts.get(ArchiveFormat.PEOPLE));
    }
    countsJson.add("revisions", counts.getOrDefault("revisions", 0L));
    countsJson.add("files", counts.getOrDefault("files", 0L));
    object(
        ArchiveFormat.MANIFEST,
        JSON.createObjectBuilder()
            .add("format", ArchiveFormat.NAME)
            .add("version", ArchiveFormat.VERSION)
            .add("generator", generatorName)
            .add("createdAt", createdAt.toString())
            .add("about", about)
            .add("counts", countsJson)
            .build());
    try {
      zip.finish();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    finished = true;
  }

  /** Adds to a count of the manifest that no document counts by itself (revisions). */
  public void count(String name, long more) {
    counts.merge(name, more, Long::sum);
  }

  @Override
  public void close() throws IOException {
    if (open != null) {
      open.close();
    }
    if (finished) {
      zip.close();
    } else {
      // An archive without its manifest is refused by every reader: never pass it off as whole.
      zip.flush();
    }
  }

  private void requireNothingOpen() {
    if (open != null) {
      throw new IllegalStateException("Close " + open.entry + " first");
    }
    if (finished) {
      throw new IllegalStateException("The archive is finished");
    }
  }

  private static OutputStream unclosable(OutputStream out) {
    return new FilterOutputStream(out) {
      @Override
      public void write(byte[] b, int off, int len) throws IOException {
        out.write(b, off, len);
      }

      @Override
      public void close() throws IOException {
        flush();
      }
    };
  }

  /** An open array document: {@link #add} one object at a time, then {@link #close}. */
  public final class Documents implements AutoCloseable {
    private final String entry;
    private final JsonGenerator generator;
    private long written;

    private Documents(String entry, JsonGenerator generator) {
      this.entry = entry;
      this.generator = generator;
    }

    public void add(JsonObject document) {
      generator.write(document);
      written++;
    }

    @Override
    public void close() {
      if (open != this) {
        return;
      }
      generator.writeEnd();
      generator.close();
      try {
        zip.closeEntry();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      counts.merge(entry, written, Long::sum);
      open = null;
    }
  }
}
