package org.meridian.content.media;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Small real files of every accepted format, made in memory. */
final class SampleFiles {

  private SampleFiles() {}

  static byte[] image(String format, int width, int height) {
    BufferedImage image =
        new BufferedImage(
            width,
            height,
            format.equals("png") ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.setColor(new Color(0x1f5f8b));
    g.fillRect(0, 0, width, height);
    g.setColor(Color.ORANGE);
    g.fillOval(width / 4, height / 4, width / 2, height / 2);
    g.dispose();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      if (!javax.imageio.ImageIO.write(image, format, out)) {
        throw new IllegalStateException("No writer for " + format);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /** A 1×1 lossless WebP (VP8L). */
  static byte[] webpLossless() {
    return Base64.getDecoder().decode("UklGRhoAAABXRUJQVlA4TA0AAAAvAAAAEAcQERGIiP4HAA==");
  }

  /** A 1×1 lossy WebP (VP8). */
  static byte[] webpLossy() {
    return Base64.getDecoder().decode("UklGRiIAAABXRUJQVlA4IBYAAAAwAQCdASoBAAEADsD+JaQAA3AAAAAA");
  }

  static byte[] pdf() {
    String pdf =
        "%PDF-1.4\n"
            + "1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
            + "2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n"
            + "3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >> endobj\n"
            + "trailer << /Root 1 0 R >>\n"
            + "%%EOF\n";
    return pdf.getBytes(StandardCharsets.US_ASCII);
  }

  /** An Office Open XML package with the given part (e.g. {@code word/document.xml}). */
  static byte[] officeOpenXml(String mainPart) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
      zip.write(
          "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>"
              .getBytes(StandardCharsets.UTF_8));
      zip.putNextEntry(new ZipEntry("_rels/.rels"));
      zip.write("<Relationships/>".getBytes(StandardCharsets.UTF_8));
      if (mainPart != null) {
        zip.putNextEntry(new ZipEntry(mainPart));
        zip.write("<document/>".getBytes(StandardCharsets.UTF_8));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /**
   * An OLE2 compound file (version 3, 512-byte sectors) whose directory holds the root entry and
   * the named streams: sector 0 is the allocation table, sector 1 the directory.
   */
  static byte[] compoundFile(String... streams) {
    ByteBuffer file = ByteBuffer.allocate(512 * 3).order(ByteOrder.LITTLE_ENDIAN);
    file.putLong(0, 0xE11AB1A1E011CFD0L);
    file.putShort(0x18, (short) 0x3E);
    file.putShort(0x1A, (short) 3);
    file.putShort(0x1C, (short) 0xFFFE);
    file.putShort(0x1E, (short) 9);
    file.putShort(0x20, (short) 6);
    file.putInt(0x2C, 1); // one allocation-table sector
    file.putInt(0x30, 1); // the directory starts in sector 1
    file.putInt(0x38, 4096);
    file.putInt(0x3C, 0xFFFFFFFE);
    file.putInt(0x44, 0xFFFFFFFE);
    file.putInt(0x4C, 0); // the allocation table is sector 0
    for (int i = 1; i < 109; i++) {
      file.putInt(0x4C + 4 * i, 0xFFFFFFFF);
    }
    int fat = 512;
    file.putInt(fat, 0xFFFFFFFD);
    file.putInt(fat + 4, 0xFFFFFFFE);
    for (int i = 2; i < 128; i++) {
      file.putInt(fat + 4 * i, 0xFFFFFFFF);
    }
    int directory = 1024;
    entry(file, directory, "Root Entry", 5);
    for (int i = 0; i < streams.length && i < 3; i++) {
      entry(file, directory + 128 * (i + 1), streams[i], 2);
    }
    return file.array();
  }

  private static void entry(ByteBuffer file, int at, String name, int type) {
    byte[] utf16 = name.getBytes(StandardCharsets.UTF_16LE);
    for (int i = 0; i < utf16.length; i++) {
      file.put(at + i, utf16[i]);
    }
    file.putShort(at + 64, (short) (utf16.length + 2));
    file.put(at + 66, (byte) type);
  }
}
