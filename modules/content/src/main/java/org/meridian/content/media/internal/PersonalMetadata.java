package org.meridian.content.media.internal;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Takes what a file says about the person and the place out of an image before it is stored, so
 * that nothing the public site serves carries it: EXIF (GPS position, camera serial numbers, the
 * owner's name, dates, maker notes, embedded thumbnails), XMP, IPTC, comments and anything after
 * the picture's end. Only what is needed to show the picture stays: in a JPEG the JFIF header, the
 * ICC colour profile and Adobe's colour transform next to the picture's own segments; in a PNG
 * every chunk but the text, time and EXIF ones; in a WebP every chunk but EXIF and XMP. The EXIF
 * orientation of a JPEG is read first ({@link #jpegOrientation}): the caller turns the picture
 * upright, as nothing else would then say how.
 */
public final class PersonalMetadata {

  private static final byte[] EXIF = ascii("Exif\0\0");
  private static final byte[] JFIF = ascii("JFIF\0");
  private static final byte[] JFXX = ascii("JFXX\0");
  private static final byte[] ICC = ascii("ICC_PROFILE\0");
  private static final byte[] ADOBE = ascii("Adobe");
  private static final int ORIENTATION = 0x0112;

  private PersonalMetadata() {}

  /**
   * The EXIF orientation of a JPEG (1 to 8, see the EXIF standard's table), 1 when it has none or
   * it cannot be read.
   */
  public static int jpegOrientation(byte[] jpeg) {
    int at = 2;
    while (isJpeg(jpeg) && at + 4 <= jpeg.length && (jpeg[at] & 0xff) == 0xff) {
      int marker = jpeg[at + 1] & 0xff;
      if (marker == 0xda || marker == 0xd9) {
        return 1;
      }
      int end = at + 2 + u16be(jpeg, at + 2);
      if (end > jpeg.length || end < at + 4) {
        return 1;
      }
      if (marker == 0xe1 && startsWith(jpeg, at + 4, end, EXIF)) {
        int value = orientationIn(jpeg, at + 4 + EXIF.length, end);
        return value >= 1 && value <= 8 ? value : 1;
      }
      at = end;
    }
    return 1;
  }

  /** IFD0's orientation in the TIFF structure at {@code tiff}; -1 when there is none. */
  private static int orientationIn(byte[] b, int tiff, int end) {
    if (tiff + 8 > end) {
      return -1;
    }
    boolean little;
    if (b[tiff] == 'I' && b[tiff + 1] == 'I') {
      little = true;
    } else if (b[tiff] == 'M' && b[tiff + 1] == 'M') {
      little = false;
    } else {
      return -1;
    }
    long ifd0 = u32(b, tiff + 4, little);
    if (ifd0 < 8 || tiff + ifd0 + 2 > end) {
      return -1;
    }
    int ifd = tiff + (int) ifd0;
    int entries = u16(b, ifd, little);
    for (int i = 0; i < entries; i++) {
      int entry = ifd + 2 + i * 12;
      if (entry + 12 > end) {
        return -1;
      }
      if (u16(b, entry, little) == ORIENTATION && u16(b, entry + 2, little) == 3) {
        return u16(b, entry + 8, little);
      }
    }
    return -1;
  }

  /**
   * A JPEG with only the segments needed to show it; the same array when it has nothing else, or
   * when its structure is not one this class can walk (the decoder then judges it).
   */
  public static byte[] stripJpeg(byte[] jpeg) {
    if (!isJpeg(jpeg)) {
      return jpeg;
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream(jpeg.length);
    out.write(jpeg, 0, 2);
    boolean changed = false;
    int at = 2;
    while (true) {
      if (at + 2 > jpeg.length || (jpeg[at] & 0xff) != 0xff) {
        return jpeg;
      }
      int marker = jpeg[at + 1] & 0xff;
      if (marker == 0xff) {
        at++; // a fill byte before a marker
        continue;
      }
      if (marker == 0xd9) {
        out.write(jpeg, at, 2);
        changed |= at + 2 < jpeg.length; // anything after the end is dropped
        break;
      }
      if (at + 4 > jpeg.length) {
        return jpeg;
      }
      int end = at + 2 + u16be(jpeg, at + 2);
      if (end > jpeg.length || end < at + 4) {
        return jpeg;
      }
      if (keeps(jpeg, marker, at + 4, end)) {
        out.write(jpeg, at, end - at);
      } else {
        changed = true;
      }
      at = end;
      if (marker == 0xda) {
        int data = entropyEnd(jpeg, at);
        out.write(jpeg, at, data - at);
        at = data;
      }
    }
    return changed ? out.toByteArray() : jpeg;
  }

  /** Whether a segment is needed to show the picture (or is not metadata at all). */
  private static boolean keeps(byte[] b, int marker, int data, int end) {
    if (marker == 0xfe) {
      return false; // a comment
    }
    if (marker < 0xe0 || marker > 0xef) {
      return true; // tables, frame, scan, restart interval: the picture itself
    }
    return switch (marker) {
      case 0xe0 -> startsWith(b, data, end, JFIF) || startsWith(b, data, end, JFXX);
      case 0xe2 -> startsWith(b, data, end, ICC);
      case 0xee -> startsWith(b, data, end, ADOBE);
      default -> false; // EXIF and XMP (APP1), IPTC (APP13), makers' own segments
    };
  }

  /** Where the entropy-coded data that starts at {@code at} ends: at the next real marker. */
  private static int entropyEnd(byte[] b, int at) {
    int i = at;
    while (i + 1 < b.length) {
      if ((b[i] & 0xff) == 0xff) {
        int next = b[i + 1] & 0xff;
        if (next != 0x00 && next != 0xff && (next < 0xd0 || next > 0xd7)) {
          return i;
        }
      }
      i++;
    }
    return b.length;
  }

  /** A PNG without its text ({@code tEXt}, {@code zTXt}, {@code iTXt}), time and EXIF chunks. */
  public static byte[] stripPng(byte[] png) {
    if (png.length < 8) {
      return png;
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream(png.length);
    out.write(png, 0, 8);
    boolean changed = false;
    int at = 8;
    while (at + 12 <= png.length) {
      long length = u32(png, at, false);
      if (length > png.length - at - 12L) {
        return png;
      }
      int end = at + 12 + (int) length;
      String type = new String(png, at + 4, 4, StandardCharsets.ISO_8859_1);
      switch (type) {
        case "tEXt", "zTXt", "iTXt", "tIME", "eXIf" -> changed = true;
        default -> out.write(png, at, end - at);
      }
      at = end;
      if (type.equals("IEND")) {
        break;
      }
    }
    changed |= at < png.length;
    return changed ? out.toByteArray() : png;
  }

  /** A WebP without its EXIF and XMP chunks (and their flags in the extended header). */
  public static byte[] stripWebp(byte[] webp) {
    if (webp.length < 20) {
      return webp;
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream(webp.length);
    out.write(webp, 0, 12);
    boolean changed = false;
    int at = 12;
    while (at + 8 <= webp.length) {
      long size = u32(webp, at + 4, true);
      long padded = size + (size & 1);
      if (padded > webp.length - at - 8L) {
        return webp;
      }
      int end = at + 8 + (int) padded;
      String fourcc = new String(webp, at, 4, StandardCharsets.ISO_8859_1);
      if (fourcc.equals("EXIF") || fourcc.equals("XMP ")) {
        changed = true;
      } else if (fourcc.equals("VP8X") && size >= 1) {
        byte[] chunk = java.util.Arrays.copyOfRange(webp, at, end);
        int flags = chunk[8] & 0xff;
        chunk[8] = (byte) (flags & ~0x0c); // no EXIF (0x08), no XMP (0x04)
        changed |= chunk[8] != (byte) flags;
        out.write(chunk, 0, chunk.length);
      } else {
        out.write(webp, at, end - at);
      }
      at = end;
    }
    changed |= at < webp.length;
    if (!changed) {
      return webp;
    }
    byte[] stripped = out.toByteArray();
    int riff = stripped.length - 8;
    stripped[4] = (byte) riff;
    stripped[5] = (byte) (riff >>> 8);
    stripped[6] = (byte) (riff >>> 16);
    stripped[7] = (byte) (riff >>> 24);
    return stripped;
  }

  private static boolean isJpeg(byte[] b) {
    return b.length >= 4 && (b[0] & 0xff) == 0xff && (b[1] & 0xff) == 0xd8;
  }

  private static int u16be(byte[] b, int at) {
    return (b[at] & 0xff) << 8 | (b[at + 1] & 0xff);
  }

  private static int u16(byte[] b, int at, boolean little) {
    int x = b[at] & 0xff;
    int y = b[at + 1] & 0xff;
    return little ? x | y << 8 : x << 8 | y;
  }

  private static long u32(byte[] b, int at, boolean little) {
    long value = 0;
    for (int i = 0; i < 4; i++) {
      long v = b[at + i] & 0xff;
      value |= little ? v << (8 * i) : v << (8 * (3 - i));
    }
    return value;
  }

  private static boolean startsWith(byte[] b, int at, int end, byte[] prefix) {
    if (end - at < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if (b[at + i] != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  private static byte[] ascii(String text) {
    return text.getBytes(StandardCharsets.ISO_8859_1);
  }
}
