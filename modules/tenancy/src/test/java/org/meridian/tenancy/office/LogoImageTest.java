package org.meridian.tenancy.office;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class LogoImageTest {

  static byte[] image(String format, int width, int height) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB), format, out);
    return out.toByteArray();
  }

  @Test
  void pngJpegAndGifAreRecognisedByTheirContent() throws IOException {
    LogoImage png = LogoImage.of(image("png", 120, 40));
    assertThat(png.mediaType()).isEqualTo("image/png");
    assertThat(png.width()).isEqualTo(120);
    assertThat(png.height()).isEqualTo(40);
    assertThat(png.sha256()).hasSize(64);
    assertThat(LogoImage.of(image("jpg", 10, 10)).mediaType()).isEqualTo("image/jpeg");
    assertThat(LogoImage.of(image("gif", 10, 10)).mediaType()).isEqualTo("image/gif");
  }

  @Test
  void anythingElseIsRefusedWhateverItsName() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> LogoImage.of("<svg onload=alert(1)>".getBytes(StandardCharsets.UTF_8)))
        .withMessageContaining("PNG, JPEG or GIF");
    assertThatIllegalArgumentException().isThrownBy(() -> LogoImage.of(new byte[0]));
  }

  @Test
  void aDamagedImageIsRefused() throws IOException {
    byte[] png = image("png", 50, 50);
    byte[] broken = Arrays.copyOf(png, 30);
    assertThatIllegalArgumentException()
        .isThrownBy(() -> LogoImage.of(broken))
        .withMessageContaining("damaged");
  }

  @Test
  void tooLargeFilesAndImagesAreRefused() throws IOException {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> LogoImage.of(new byte[LogoImage.MAX_BYTES + 1]))
        .withMessageContaining("at most 256 KB");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> LogoImage.of(image("png", LogoImage.MAX_SIDE + 1, 2)))
        .withMessageContaining("pixels");
  }

  /**
   * A PNG whose header declares {@code width}×{@code height} pixels and whose pixel data is a few
   * bytes of nothing: the whole file is under a kilobyte, decoding it would take gigabytes.
   */
  static byte[] declaredPng(int width, int height) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
    java.nio.ByteBuffer header = java.nio.ByteBuffer.allocate(13);
    header.putInt(width).putInt(height).put((byte) 8).put((byte) 2).put(new byte[3]);
    chunk(out, "IHDR", header.array());
    chunk(out, "IDAT", new byte[] {0x78, (byte) 0x9c, 0x63, 0, 0, 0, 1, 0, 1});
    chunk(out, "IEND", new byte[0]);
    return out.toByteArray();
  }

  private static void chunk(ByteArrayOutputStream out, String type, byte[] data)
      throws IOException {
    byte[] name = type.getBytes(StandardCharsets.US_ASCII);
    out.write(java.nio.ByteBuffer.allocate(4).putInt(data.length).array());
    out.write(name);
    out.write(data);
    java.util.zip.CRC32 crc = new java.util.zip.CRC32();
    crc.update(name);
    crc.update(data);
    out.write(java.nio.ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
  }

  @Test
  void aSmallFileDeclaringHugeDimensionsIsRefusedByItsHeaderWithoutDecoding() throws IOException {
    byte[] bomb = declaredPng(16000, 16000);
    assertThat(bomb.length).isLessThan(1024);
    long before = System.nanoTime();
    assertThatIllegalArgumentException()
        .isThrownBy(() -> LogoImage.of(bomb))
        .withMessageContaining("16000×16000 pixels");
    // Decoding 256 megapixels takes seconds and a gigabyte; reading a header, nothing.
    assertThat(java.time.Duration.ofNanos(System.nanoTime() - before))
        .isLessThan(java.time.Duration.ofSeconds(2));
  }
}
