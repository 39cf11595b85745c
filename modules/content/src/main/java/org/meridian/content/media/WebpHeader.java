package org.meridian.content.media;

/**
 * The canvas size of a WebP file, read from its first chunk (VP8 lossy, VP8L lossless or VP8X
 * extended). The JDK has no WebP decoder, so WebP files are checked by their structure and served
 * as they are, without renditions.
 */
final class WebpHeader {

  private WebpHeader() {}

  /** {width, height}, or {@code null} when the header is not a WebP one. */
  static int[] size(byte[] b) {
    if (b.length < 30) {
      return null;
    }
    String chunk = new String(b, 12, 4, java.nio.charset.StandardCharsets.US_ASCII);
    return switch (chunk) {
      case "VP8X" -> new int[] {1 + u24(b, 24), 1 + u24(b, 27)};
      case "VP8L" -> {
        if ((b[20] & 0xff) != 0x2f) {
          yield null;
        }
        int bits =
            (b[21] & 0xff) | (b[22] & 0xff) << 8 | (b[23] & 0xff) << 16 | (b[24] & 0xff) << 24;
        yield new int[] {1 + (bits & 0x3fff), 1 + ((bits >>> 14) & 0x3fff)};
      }
      case "VP8 " -> {
        if ((b[23] & 0xff) != 0x9d || (b[24] & 0xff) != 0x01 || (b[25] & 0xff) != 0x2a) {
          yield null;
        }
        yield new int[] {u16(b, 26) & 0x3fff, u16(b, 28) & 0x3fff};
      }
      default -> null;
    };
  }

  private static int u16(byte[] b, int at) {
    return (b[at] & 0xff) | (b[at + 1] & 0xff) << 8;
  }

  private static int u24(byte[] b, int at) {
    return u16(b, at) | (b[at + 2] & 0xff) << 16;
  }
}
