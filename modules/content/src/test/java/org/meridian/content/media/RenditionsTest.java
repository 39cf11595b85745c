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

  /** 1000×2000 (a portrait): the top tenth red, the rest blue. */
  private static MediaFile redOnTop() throws IOException {
    BufferedImage image = new BufferedImage(1000, 2000, BufferedImage.TYPE_INT_RGB);
    java.awt.Graphics2D g = image.createGraphics();
    g.setColor(java.awt.Color.BLUE);
    g.fillRect(0, 0, 1000, 2000);
    g.setColor(java.awt.Color.RED);
    g.fillRect(0, 0, 1000, 200);
    g.dispose();
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    ImageIO.write(image, "jpg", out);
    return MediaFile.check("field.jpg", out.toByteArray(), MediaLimits.DEFAULTS);
  }

  @org.junit.jupiter.params.ParameterizedTest(name = "focus {0}% down: top edge {1}")
  @org.junit.jupiter.params.provider.CsvSource({"0, red", "100, blue"})
  void theCutsFollowTheFocalPoint(int focusY, String topEdge) throws IOException {
    Framing framing = Framing.of(50, focusY, 0, 0, 100, 100);

    List<Rendition> all = Renditions.of(redOnTop(), framing);

    assertThat(all)
        .extracting(Rendition::variant)
        .containsExactly("w640", "w320", "h1000", "h640", "h320", "s1000");
    for (Rendition cut : all) {
      BufferedImage image = decode(cut.bytes());
      assertThat(image.getWidth()).isEqualTo(cut.width());
      assertThat(image.getHeight()).isEqualTo(cut.height());
      if (cut.variant().startsWith("h")) {
        assertThat(cut.height()).isEqualTo(Math.round(cut.width() * 9 / 16f));
      }
      if (cut.variant().startsWith("w")) {
        continue; // the whole picture: red on top whatever the focus
      }
      java.awt.Color top = new java.awt.Color(image.getRGB(cut.width() / 2, 2));
      assertThat(top.getRed() > top.getBlue() ? "red" : "blue").isEqualTo(topEdge);
    }
    Rendition social = all.get(all.size() - 1);
    assertThat(social.width()).isEqualTo(1000);
    assertThat(social.height()).isEqualTo(525);
  }

  /**
   * An upload's renditions are cut from the picture its check decoded (decoded once): the same
   * bytes as when they are cut from the stored file decoded again, for the whole picture and cuts.
   */
  @Test
  void renditionsCutFromTheChecksPictureAreThoseOfTheStoredFile() {
    byte[] jpeg = SampleFiles.image("jpg", 1800, 1200);
    MediaFile.Checked checked = MediaFile.checkDecoded("x.jpg", jpeg, MediaLimits.DEFAULTS);
    Framing framing = Framing.of(30, 60, 10, 0, 80, 100);

    List<Rendition> once = Renditions.of(checked.file(), checked.picture(), framing);
    List<Rendition> again = Renditions.of(checked.file(), framing);

    assertThat(checked.picture().getWidth()).isEqualTo(1800);
    assertThat(once)
        .extracting(Rendition::variant)
        .isEqualTo(again.stream().map(Rendition::variant).toList());
    for (int i = 0; i < once.size(); i++) {
      assertThat(once.get(i).bytes()).as(once.get(i).variant()).isEqualTo(again.get(i).bytes());
    }
    assertThat(MediaFile.checkDecoded("x.pdf", SampleFiles.pdf(), MediaLimits.DEFAULTS).picture())
        .isNull();
  }

  /**
   * JPEG renditions are progressive: visitors on slow connections see the whole picture at once,
   * then sharper, and the files are a few per cent smaller than baseline ones (bench/README.md,
   * 2026-12-07: a baseline encoder was tried to speed up imports and kept out for this).
   */
  @Test
  void jpegRenditionsAreProgressive() {
    for (Rendition r : Renditions.of(file("jpg", 2000, 1000), Framing.WHOLE)) {
      assertThat(markers(r.bytes())).as(r.variant()).contains(0xc2).doesNotContain(0xc0);
    }
  }

  /** The markers of a JPEG's segments up to its first scan. */
  private static List<Integer> markers(byte[] jpeg) {
    List<Integer> markers = new java.util.ArrayList<>();
    int at = 2;
    while (at + 4 <= jpeg.length && (jpeg[at] & 0xff) == 0xff) {
      int marker = jpeg[at + 1] & 0xff;
      markers.add(marker);
      if (marker == 0xda) {
        break;
      }
      at += 2 + (((jpeg[at + 2] & 0xff) << 8) | (jpeg[at + 3] & 0xff));
    }
    return markers;
  }
}
