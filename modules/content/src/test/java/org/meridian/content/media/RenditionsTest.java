package org.meridian.content.media;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class RenditionsTest {

  private static MediaFile file(String format, int width, int height) {
    return MediaFile.check(
        "x." + format, SampleFiles.image(format, width, height), MediaLimits.DEFAULTS);
  }

  private static BufferedImage decode(byte[] bytes) throws IOException {
    return ImageIO.read(new ByteArrayInputStream(bytes));
  }

  @Test
  void aLargePhotoGetsEveryWidthKeepingItsAspectRatio() throws IOException {
    List<Rendition> renditions = Renditions.of(file("jpg", 2000, 1000));

    assertThat(renditions).extracting(Rendition::width).containsExactly(1600, 1024, 640, 320);
    assertThat(renditions).extracting(Rendition::height).containsExactly(800, 512, 320, 160);
    for (Rendition r : renditions) {
      assertThat(r.mediaType()).isEqualTo("image/jpeg");
      BufferedImage decoded = decode(r.bytes());
      assertThat(decoded.getWidth()).isEqualTo(r.width());
      assertThat(decoded.getHeight()).isEqualTo(r.height());
    }
  }

  @Test
  void imagesAreNeverUpscaled() {
    assertThat(Renditions.of(file("png", 700, 300)))
        .extracting(Rendition::variant)
        .containsExactly("w640", "w320");
    assertThat(Renditions.of(file("jpg", 320, 200))).isEmpty();
  }

  @Test
  void pngRenditionsStayPngWithTransparency() throws IOException {
    Rendition small = Renditions.of(file("png", 400, 400)).get(0);
    assertThat(small.mediaType()).isEqualTo("image/png");
    assertThat(decode(small.bytes()).getColorModel().hasAlpha()).isTrue();
  }

  @Test
  void gifWebpAndDocumentsGetNone() {
    assertThat(Renditions.of(file("gif", 2000, 1000))).isEmpty();
    assertThat(Renditions.widthsFor(MediaFormat.WEBP, 4000)).isEmpty();
    assertThat(Renditions.widthsFor(MediaFormat.PDF, 4000)).isEmpty();
  }

  @Test
  void srcsetListsRenditionsThenTheOriginal() {
    assertThat(MediaLinks.srcset("hq", 7, "a.jpg", List.of(320, 640), 800))
        .isEqualTo(
            "/media/hq/7/w320/a.jpg 320w, /media/hq/7/w640/a.jpg 640w, /media/hq/7/original/a.jpg 800w");
  }
}
