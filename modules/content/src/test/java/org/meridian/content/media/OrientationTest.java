package org.meridian.content.media;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The eight EXIF orientations, on a 3×2 picture whose every pixel is different: where its top-left
 * and top-right pixels land once it stands upright.
 */
class OrientationTest {

  private static BufferedImage stored() {
    BufferedImage image = new BufferedImage(3, 2, BufferedImage.TYPE_INT_RGB);
    for (int y = 0; y < 2; y++) {
      for (int x = 0; x < 3; x++) {
        image.setRGB(x, y, 0x10 * (y * 3 + x + 1));
      }
    }
    return image;
  }

  @ParameterizedTest(name = "orientation {0}: {1}×{2}, top-left at {3},{4}, top-right at {5},{6}")
  @CsvSource({
    "1, 3, 2, 0, 0, 2, 0",
    "2, 3, 2, 2, 0, 0, 0",
    "3, 3, 2, 2, 1, 0, 1",
    "4, 3, 2, 0, 1, 2, 1",
    "5, 2, 3, 0, 0, 0, 2",
    "6, 2, 3, 1, 0, 1, 2",
    "7, 2, 3, 1, 2, 1, 0",
    "8, 2, 3, 0, 2, 0, 0",
  })
  void turnsThePictureUpright(int tag, int width, int height, int tlX, int tlY, int trX, int trY) {
    BufferedImage stored = stored();
    Orientation orientation = Orientation.ofTag(tag);

    BufferedImage upright = orientation.upright(stored);

    assertThat(upright.getWidth()).isEqualTo(width);
    assertThat(upright.getHeight()).isEqualTo(height);
    assertThat(orientation.swapsSides()).isEqualTo(tag >= 5);
    assertThat(upright.getRGB(tlX, tlY) & 0xffffff).isEqualTo(stored.getRGB(0, 0) & 0xffffff);
    assertThat(upright.getRGB(trX, trY) & 0xffffff).isEqualTo(stored.getRGB(2, 0) & 0xffffff);
    // every pixel is kept, once
    java.util.Set<Integer> pixels = new java.util.HashSet<>();
    for (int y = 0; y < height; y++) {
      for (int x = 0; x < width; x++) {
        pixels.add(upright.getRGB(x, y) & 0xffffff);
      }
    }
    assertThat(pixels).hasSize(6);
  }

  @ParameterizedTest
  @CsvSource({"0", "9", "-1", "65535"})
  void anUnknownTagLeavesThePictureAsStored(int tag) {
    assertThat(Orientation.ofTag(tag)).isEqualTo(Orientation.NORMAL);
  }
}
