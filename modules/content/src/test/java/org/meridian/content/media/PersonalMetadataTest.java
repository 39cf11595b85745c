package org.meridian.content.media;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What the library stores of a phone photo (and so what the public site serves, original and
 * renditions alike): upright, without its location or anything else said about who took it with
 * what. The fixtures are made here: a picture in four coloured quarters with the EXIF a phone
 * writes (orientation, camera serial, GPS position), an XMP packet, IPTC and a comment.
 */
class PersonalMetadataTest {

  /** 12° 34' 56.78" as GPSLatitude's three rationals: easy to look for in the bytes. */
  private static final int[] LATITUDE = {12, 1, 34, 1, 5678, 100};

  private static final String SERIAL = "SN-4711-0815";

  /** 64×32: red top left, green top right, blue bottom left, white bottom right. */
  private static byte[] quarters() throws IOException {
    BufferedImage image = new BufferedImage(64, 32, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.setColor(Color.RED);
    g.fillRect(0, 0, 32, 16);
    g.setColor(Color.GREEN);
    g.fillRect(32, 0, 32, 16);
    g.setColor(Color.BLUE);
    g.fillRect(0, 16, 32, 16);
    g.setColor(Color.WHITE);
    g.fillRect(32, 16, 32, 16);
    g.dispose();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(image, "jpg", out);
    return out.toByteArray();
  }

  /** EXIF as phones write it: orientation, the body's serial number and a GPS latitude. */
  private static byte[] exif(int orientation) {
    ByteBuffer tiff = ByteBuffer.allocate(120).order(ByteOrder.LITTLE_ENDIAN);
    tiff.put((byte) 'I').put((byte) 'I').putShort((short) 42).putInt(8);
    // IFD0 at 8: three entries (orientation, serial number at 50, GPS directory at 64)
    tiff.putShort((short) 3);
    tiff.putShort((short) 0x0112).putShort((short) 3).putInt(1);
    tiff.putShort((short) orientation).putShort((short) 0);
    tiff.putShort((short) 0xa431).putShort((short) 2).putInt(SERIAL.length() + 1).putInt(50);
    tiff.putShort((short) 0x8825).putShort((short) 4).putInt(1).putInt(64);
    tiff.putInt(0);
    tiff.position(50);
    tiff.put((SERIAL + "\0").getBytes(StandardCharsets.ISO_8859_1));
    // GPS IFD at 64: latitude (3 rationals at 82)
    tiff.position(64);
    tiff.putShort((short) 1);
    tiff.putShort((short) 2).putShort((short) 5).putInt(3).putInt(82);
    tiff.putInt(0);
    for (int value : LATITUDE) {
      tiff.putInt(value);
    }
    return segment(0xe1, concat(ascii("Exif\0\0"), tiff.array()));
  }

  private static byte[] photo(int orientation) throws IOException {
    byte[] picture = quarters();
    return concat(
        new byte[] {(byte) 0xff, (byte) 0xd8},
        exif(orientation),
        segment(
            0xe1,
            ascii(
                "http://ns.adobe.com/xap/1.0/\0<x:xmpmeta><rdf:Description"
                    + " exif:GPSLatitude=\"12,34.9463N\"/></x:xmpmeta>")),
        segment(0xed, ascii("Photoshop 3.0\08BIM\u0004\u0004 byline: field office camera")),
        segment(0xfe, ascii("taken near the clinic")),
        java.util.Arrays.copyOfRange(picture, 2, picture.length),
        ascii("trailing maker data"));
  }

  private static String latitudeHex() {
    ByteBuffer b = ByteBuffer.allocate(24).order(ByteOrder.LITTLE_ENDIAN);
    for (int value : LATITUDE) {
      b.putInt(value);
    }
    return HexFormat.of().formatHex(b.array());
  }

  private static MediaFile upload(byte[] bytes, String name) {
    return MediaFile.check(name, bytes, MediaLimits.DEFAULTS);
  }

  private static void assertNothingPersonal(byte[] bytes) {
    String text = new String(bytes, StandardCharsets.ISO_8859_1);
    assertThat(HexFormat.of().formatHex(bytes)).doesNotContain(latitudeHex());
    assertThat(text)
        .doesNotContain("Exif")
        .doesNotContain(SERIAL)
        .doesNotContain("GPSLatitude")
        .doesNotContain("xap/1.0")
        .doesNotContain("field office camera")
        .doesNotContain("near the clinic")
        .doesNotContain("trailing maker data");
  }

  private static String colourAt(BufferedImage image, int x, int y) {
    Color c = new Color(image.getRGB(x, y));
    // JPEG blurs colours a little: name the nearest of the four
    if (c.getRed() > 180 && c.getGreen() > 180 && c.getBlue() > 180) {
      return "white";
    }
    if (c.getRed() > 180) {
      return "red";
    }
    if (c.getGreen() > 180) {
      return "green";
    }
    return c.getBlue() > 180 ? "blue" : "unclear";
  }

  @ParameterizedTest(name = "orientation {0}: {1}×{2}, {3} at the top left, {4} at the top right")
  @CsvSource({
    "1, 64, 32, red, green",
    "2, 64, 32, green, red",
    "3, 64, 32, white, blue",
    "4, 64, 32, blue, white",
    "5, 32, 64, red, blue",
    "6, 32, 64, blue, red",
    "7, 32, 64, white, green",
    "8, 32, 64, green, white",
  })
  void aPhonePhotoIsStoredUprightWithoutItsMetadata(
      int orientation, int width, int height, String topLeft, String topRight) throws IOException {
    byte[] photo = photo(orientation);
    assertThat(HexFormat.of().formatHex(photo)).contains(latitudeHex());

    MediaFile stored = upload(photo, "IMG_0001.JPG");

    assertThat(stored.width()).isEqualTo(width);
    assertThat(stored.height()).isEqualTo(height);
    assertNothingPersonal(stored.bytes());
    BufferedImage upright = ImageIO.read(new ByteArrayInputStream(stored.bytes()));
    assertThat(upright.getWidth()).isEqualTo(width);
    assertThat(upright.getHeight()).isEqualTo(height);
    assertThat(colourAt(upright, width / 4, height / 4)).isEqualTo(topLeft);
    assertThat(colourAt(upright, width * 3 / 4, height / 4)).isEqualTo(topRight);
    for (Rendition cut : Renditions.of(stored, Framing.WHOLE)) {
      assertNothingPersonal(cut.bytes());
    }
  }

  @Test
  void anUprightPhotoKeepsItsPictureBytes() throws IOException {
    byte[] picture = quarters();
    byte[] photo = photo(1);

    MediaFile stored = upload(photo, "upright.jpg");

    // only segments were dropped: the picture's own data is as it came (not written again)
    String scan = HexFormat.of().formatHex(picture).substring(2 * indexOfScan(picture));
    assertThat(HexFormat.of().formatHex(stored.bytes())).endsWith(scan);
    assertNothingPersonal(stored.bytes());
  }

  @Test
  void aPlainJpegIsStoredAsItCame() throws IOException {
    byte[] plain = quarters();
    assertThat(upload(plain, "plain.jpg").bytes()).isEqualTo(plain);
  }

  @Test
  void pngTextTimeAndExifChunksAreDropped() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(new BufferedImage(8, 8, BufferedImage.TYPE_INT_ARGB), "png", out);
    byte[] png = out.toByteArray();
    int iend = png.length - 12;
    byte[] withText =
        concat(
            java.util.Arrays.copyOfRange(png, 0, iend),
            chunk("tEXt", ascii("Location\0" + "12 34.9463N")),
            chunk("eXIf", ascii("MM\0*" + SERIAL)),
            chunk("tIME", new byte[] {7, (byte) 0xea, 12, 7, 9, 30, 0}),
            java.util.Arrays.copyOfRange(png, iend, png.length));

    MediaFile stored = upload(withText, "chart.png");

    String text = new String(stored.bytes(), StandardCharsets.ISO_8859_1);
    assertThat(text).doesNotContain("Location").doesNotContain(SERIAL).doesNotContain("tIME");
    assertThat(stored.bytes()).isEqualTo(png);
  }

  @Test
  void webpExifAndXmpChunksAreDroppedAndTheHeaderSaysSo() {
    byte[] lossless = SampleFiles.webpLossless();
    // VP8X header (EXIF and XMP flags set, 1×1 canvas), the picture, then EXIF and XMP chunks
    byte[] vp8x = riffChunk("VP8X", new byte[] {0x0c, 0, 0, 0, 0, 0, 0, 0, 0, 0});
    byte[] body =
        concat(
            ascii("WEBP"),
            vp8x,
            java.util.Arrays.copyOfRange(lossless, 12, lossless.length),
            riffChunk("EXIF", ascii("MM\0*" + SERIAL)),
            riffChunk("XMP ", ascii("<x:xmpmeta exif:GPSLatitude=\"12,34N\"/>")));
    byte[] webp =
        concat(
            ascii("RIFF"),
            ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putInt(body.length).array(),
            body);

    MediaFile stored = upload(webp, "photo.webp");

    byte[] bytes = stored.bytes();
    String text = new String(bytes, StandardCharsets.ISO_8859_1);
    assertThat(text).doesNotContain(SERIAL).doesNotContain("GPSLatitude").contains("VP8L");
    assertThat(bytes[20]).as("VP8X flags").isEqualTo((byte) 0);
    assertThat(ByteBuffer.wrap(bytes, 4, 4).order(ByteOrder.LITTLE_ENDIAN).getInt())
        .isEqualTo(bytes.length - 8);
    assertThat(stored.width()).isEqualTo(1);
  }

  private static int indexOfScan(byte[] jpeg) {
    for (int i = 2; i + 1 < jpeg.length; i++) {
      if ((jpeg[i] & 0xff) == 0xff && (jpeg[i + 1] & 0xff) == 0xda) {
        return i;
      }
    }
    throw new AssertionError("no scan");
  }

  private static byte[] chunk(String type, byte[] data) {
    CRC32 crc = new CRC32();
    crc.update(ascii(type));
    crc.update(data);
    return concat(
        ByteBuffer.allocate(4).putInt(data.length).array(),
        ascii(type),
        data,
        ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
  }

  private static byte[] riffChunk(String fourcc, byte[] data) {
    byte[] padded = data.length % 2 == 0 ? data : concat(data, new byte[1]);
    return concat(
        ascii(fourcc),
        ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putInt(data.length).array(),
        padded);
  }

  private static byte[] segment(int marker, byte[] data) {
    ByteBuffer s = ByteBuffer.allocate(4 + data.length);
    s.put((byte) 0xff).put((byte) marker).putShort((short) (data.length + 2)).put(data);
    return s.array();
  }

  private static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] part : parts) {
      out.writeBytes(part);
    }
    return out.toByteArray();
  }

  private static byte[] ascii(String text) {
    return text.getBytes(StandardCharsets.ISO_8859_1);
  }
}
