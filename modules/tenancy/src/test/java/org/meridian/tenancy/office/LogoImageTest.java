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
}
