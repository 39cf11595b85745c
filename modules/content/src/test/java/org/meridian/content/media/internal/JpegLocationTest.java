package org.meridian.content.media.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** A phone photo's location is not published; its orientation and picture are kept. */
class JpegLocationTest {

  /** 12° 34' 56.78" as the three rationals GPSLatitude holds: easy to look for in the bytes. */
  private static final int[] LATITUDE = {12, 1, 34, 1, 5678, 100};

  private static byte[] picture() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB), "jpg", out);
    return out.toByteArray();
  }

  /** EXIF as phones write it: IFD0 with the orientation and a GPS directory with a latitude. */
  private static byte[] exif() {
    ByteBuffer tiff = ByteBuffer.allocate(96).order(ByteOrder.LITTLE_ENDIAN);
    tiff.put((byte) 'I').put((byte) 'I').putShort((short) 42).putInt(8);
    // IFD0 at 8: two entries, then "no next directory"
    tiff.putShort((short) 2);
    tiff.putShort((short) 0x0112)
        .putShort((short) 3)
        .putInt(1)
        .putShort((short) 6)
        .putShort((short) 0);
    tiff.putShort((short) 0x8825).putShort((short) 4).putInt(1).putInt(38);
    tiff.putInt(0);
    // GPS IFD at 38: latitude reference "N" (inline) and latitude (3 rationals at 68)
    tiff.putShort((short) 2);
    tiff.putShort((short) 1)
        .putShort((short) 2)
        .putInt(2)
        .put((byte) 'N')
        .put((byte) 0)
        .putShort((short) 0);
    tiff.putShort((short) 2).putShort((short) 5).putInt(3).putInt(68);
    tiff.putInt(0);
    for (int value : LATITUDE) {
      tiff.putInt(value);
    }
    return segment(0xe1, concat("Exif\0\0".getBytes(StandardCharsets.ISO_8859_1), tiff.array()));
  }

  private static byte[] xmp() {
    return segment(
        0xe1,
        ("http://ns.adobe.com/xap/1.0/\0<x:xmpmeta><rdf:Description exif:GPSLatitude=\"12,34.9463N\"/>"
                + "</x:xmpmeta>")
            .getBytes(StandardCharsets.ISO_8859_1));
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

  /** The photo with the EXIF and XMP segments right after its start-of-image marker. */
  private static byte[] photo() throws IOException {
    byte[] picture = picture();
    return concat(
        new byte[] {(byte) 0xff, (byte) 0xd8},
        exif(),
        xmp(),
        java.util.Arrays.copyOfRange(picture, 2, picture.length));
  }

  private static String hex(byte[] bytes) {
    return HexFormat.of().formatHex(bytes);
  }

  private static String latitudeBytes() {
    ByteBuffer b = ByteBuffer.allocate(24).order(ByteOrder.LITTLE_ENDIAN);
    for (int value : LATITUDE) {
      b.putInt(value);
    }
    return hex(b.array());
  }

  @Test
  void theLocationGoesTheOrientationAndThePictureStay() throws IOException {
    byte[] photo = photo();
    assertThat(hex(photo)).contains(latitudeBytes());

    byte[] stripped = JpegLocation.strip(photo);

    assertThat(hex(stripped)).doesNotContain(latitudeBytes());
    String text = new String(stripped, StandardCharsets.ISO_8859_1);
    assertThat(text).doesNotContain("GPSLatitude").doesNotContain("xap/1.0");
    // the orientation entry (0x0112, SHORT, 1, value 6) is still there
    assertThat(hex(stripped)).contains("1201030001000000" + "0600");
    BufferedImage image = ImageIO.read(new ByteArrayInputStream(stripped));
    assertThat(image.getWidth()).isEqualTo(40);
    assertThat(image.getHeight()).isEqualTo(30);
  }

  @Test
  void aPhotoWithoutLocationIsLeftAsItIs() throws IOException {
    byte[] plain = picture();
    assertThat(JpegLocation.strip(plain)).isSameAs(plain);
  }

  @Test
  void exifThatCannotBeReadIsDroppedWhole() throws IOException {
    byte[] picture = picture();
    byte[] broken =
        segment(
            0xe1,
            concat(
                "Exif\0\0".getBytes(StandardCharsets.ISO_8859_1),
                new byte[] {'I', 'I', 42, 0, (byte) 0xff, (byte) 0xff, 0x7f, 0}));
    byte[] photo =
        concat(
            new byte[] {(byte) 0xff, (byte) 0xd8},
            broken,
            java.util.Arrays.copyOfRange(picture, 2, picture.length));
    byte[] stripped = JpegLocation.strip(photo);
    assertThat(new String(stripped, StandardCharsets.ISO_8859_1)).doesNotContain("Exif");
    assertThat(ImageIO.read(new ByteArrayInputStream(stripped)).getWidth()).isEqualTo(40);
  }
}
