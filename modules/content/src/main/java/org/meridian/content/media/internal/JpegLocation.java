package org.meridian.content.media.internal;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Takes where a photo was taken out of a JPEG before it is stored: the EXIF GPS directory is
 * emptied (its values overwritten with zeros, its entries removed) and XMP packets, which may
 * repeat the location, are dropped. Everything else stays as it was, the picture's bytes and the
 * EXIF orientation included (phones rely on it). EXIF that cannot be read safely is dropped whole.
 */
public final class JpegLocation {

  private static final byte[] EXIF = "Exif\0\0".getBytes(StandardCharsets.ISO_8859_1);
  private static final byte[] XMP =
      "http://ns.adobe.com/xap/1.0/\0".getBytes(StandardCharsets.ISO_8859_1);
  private static final int GPS_POINTER = 0x8825;

  private JpegLocation() {}

  /** {@code jpeg} without location metadata; the same array when it has none or is not a JPEG. */
  public static byte[] strip(byte[] jpeg) {
    if (jpeg.length < 4 || (jpeg[0] & 0xff) != 0xff || (jpeg[1] & 0xff) != 0xd8) {
      return jpeg;
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream(jpeg.length);
    out.write(jpeg, 0, 2);
    boolean changed = false;
    int at = 2;
    while (at + 4 <= jpeg.length && (jpeg[at] & 0xff) == 0xff) {
      int marker = jpeg[at + 1] & 0xff;
      if (marker == 0xda || marker == 0xd9) {
        break; // start of scan (or end): the picture's data follows as it is
      }
      int length = ((jpeg[at + 2] & 0xff) << 8) | (jpeg[at + 3] & 0xff);
      int end = at + 2 + length;
      if (length < 2 || end > jpeg.length) {
        return jpeg; // not a JPEG this class understands: left to the decoder's check
      }
      int data = at + 4;
      if (marker == 0xe1 && startsWith(jpeg, data, end, XMP)) {
        changed = true; // dropped
      } else if (marker == 0xe1 && startsWith(jpeg, data, end, EXIF)) {
        byte[] segment = java.util.Arrays.copyOfRange(jpeg, at, end);
        if (emptyGps(segment, 4 + EXIF.length)) {
          out.write(segment, 0, segment.length);
        }
        changed = true;
      } else {
        out.write(jpeg, at, end - at);
      }
      at = end;
    }
    if (!changed) {
      return jpeg;
    }
    out.write(jpeg, at, jpeg.length - at);
    return out.toByteArray();
  }

  /**
   * Empties the GPS directory of the TIFF structure that starts at {@code tiff} in {@code segment};
   * false when the structure cannot be read safely (the caller then drops the segment).
   */
  private static boolean emptyGps(byte[] segment, int tiff) {
    Tiff t = Tiff.at(segment, tiff);
    if (t == null) {
      return false;
    }
    int ifd0 = t.int32(4);
    int entries = t.int16(ifd0);
    if (entries < 0 || !t.holds(ifd0 + 2, entries * 12)) {
      return false;
    }
    for (int i = 0; i < entries; i++) {
      int entry = ifd0 + 2 + i * 12;
      if (t.int16(entry) == GPS_POINTER) {
        return t.empty(t.int32(entry + 8));
      }
    }
    return true; // no GPS directory
  }

  /** A TIFF structure inside a byte array, in its byte order; offsets are from its start. */
  private record Tiff(byte[] bytes, int start, boolean little) {

    static Tiff at(byte[] bytes, int start) {
      if (start + 8 > bytes.length) {
        return null;
      }
      if (bytes[start] == 'I' && bytes[start + 1] == 'I') {
        return new Tiff(bytes, start, true);
      }
      if (bytes[start] == 'M' && bytes[start + 1] == 'M') {
        return new Tiff(bytes, start, false);
      }
      return null;
    }

    boolean holds(int offset, int length) {
      return offset >= 0 && length >= 0 && (long) start + offset + length <= bytes.length;
    }

    int int16(int offset) {
      if (!holds(offset, 2)) {
        return -1;
      }
      int a = bytes[start + offset] & 0xff;
      int b = bytes[start + offset + 1] & 0xff;
      return little ? a | b << 8 : a << 8 | b;
    }

    int int32(int offset) {
      if (!holds(offset, 4)) {
        return -1;
      }
      long value = 0;
      for (int i = 0; i < 4; i++) {
        int b = bytes[start + offset + i] & 0xff;
        value |= little ? (long) b << (8 * i) : (long) b << (8 * (3 - i));
      }
      return value > Integer.MAX_VALUE ? -1 : (int) value;
    }

    void zero(int offset, int length) {
      java.util.Arrays.fill(bytes, start + offset, start + offset + length, (byte) 0);
    }

    /** Overwrites the directory at {@code ifd}, its values and entries, leaving it empty. */
    boolean empty(int ifd) {
      int entries = int16(ifd);
      if (entries < 0 || !holds(ifd + 2, entries * 12)) {
        return false;
      }
      for (int i = 0; i < entries; i++) {
        int entry = ifd + 2 + i * 12;
        long size = (long) Math.max(0, int32(entry + 4)) * typeSize(int16(entry + 2));
        if (size > 4) {
          int values = int32(entry + 8);
          if (size > Integer.MAX_VALUE || !holds(values, (int) size)) {
            return false;
          }
          zero(values, (int) size);
        }
      }
      zero(ifd + 2, entries * 12);
      zero(ifd, 2); // no entries left
      return true;
    }

    private static int typeSize(int type) {
      return switch (type) {
        case 3, 8 -> 2;
        case 4, 9, 11 -> 4;
        case 5, 10, 12 -> 8;
        default -> 1;
      };
    }
  }

  private static boolean startsWith(byte[] bytes, int at, int end, byte[] prefix) {
    if (end - at < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if (bytes[at + i] != prefix[i]) {
        return false;
      }
    }
    return true;
  }
}
