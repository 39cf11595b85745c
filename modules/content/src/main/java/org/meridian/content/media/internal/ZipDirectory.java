package org.meridian.content.media.internal;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

/**
 * The entry names of a ZIP file, read from its central directory without inflating anything (so a
 * compressed bomb costs nothing to inspect). Office Open XML files (docx, xlsx, pptx) are ZIP files
 * whose entries say which kind they are.
 */
public final class ZipDirectory {

  private static final int END_SIGNATURE = 0x06054b50;
  private static final int ENTRY_SIGNATURE = 0x02014b50;
  private static final int MAX_ENTRIES = 10_000;

  private ZipDirectory() {}

  /** The names of the entries, or empty when the bytes are not a readable ZIP file. */
  public static Optional<Set<String>> entryNames(byte[] bytes) {
    ByteBuffer zip = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
    int end = findEnd(zip);
    if (end < 0) {
      return Optional.empty();
    }
    int entries = zip.getShort(end + 10) & 0xffff;
    long directoryOffset = zip.getInt(end + 16) & 0xffffffffL;
    if (entries > MAX_ENTRIES || directoryOffset >= bytes.length) {
      return Optional.empty();
    }
    Set<String> names = new LinkedHashSet<>();
    int at = (int) directoryOffset;
    for (int i = 0; i < entries; i++) {
      if (at + 46 > bytes.length || zip.getInt(at) != ENTRY_SIGNATURE) {
        return Optional.empty();
      }
      int nameLength = zip.getShort(at + 28) & 0xffff;
      int extraLength = zip.getShort(at + 30) & 0xffff;
      int commentLength = zip.getShort(at + 32) & 0xffff;
      if (at + 46 + nameLength > bytes.length) {
        return Optional.empty();
      }
      names.add(new String(bytes, at + 46, nameLength, StandardCharsets.UTF_8));
      at += 46 + nameLength + extraLength + commentLength;
    }
    return Optional.of(names);
  }

  /** The end-of-central-directory record sits in the last 64 KB (its comment may precede it). */
  private static int findEnd(ByteBuffer zip) {
    int last = zip.limit() - 22;
    int first = Math.max(0, last - 65_535);
    for (int at = last; at >= first; at--) {
      if (zip.getInt(at) == END_SIGNATURE) {
        return at;
      }
    }
    return -1;
  }
}
