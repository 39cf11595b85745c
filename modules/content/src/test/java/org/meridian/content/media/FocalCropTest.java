package org.meridian.content.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Where a picture is cut to a shape, for a table of pictures, framings and shapes. */
class FocalCropTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          # case                                    | W    | H    | fx  | fy  | cx | cy | cw  | ch  | rw | rh | x    | y   | w    | h
          already 16:9, whole                       | 1600 | 900  | 50  | 50  | 0  | 0  | 100 | 100 | 16 | 9  | 0    | 0   | 1600 | 900
          wide, centred                             | 2000 | 1000 | 50  | 50  | 0  | 0  | 100 | 100 | 16 | 9  | 111  | 0   | 1778 | 1000
          wide, focus on the left edge              | 2000 | 1000 | 0   | 50  | 0  | 0  | 100 | 100 | 16 | 9  | 0    | 0   | 1778 | 1000
          wide, focus on the right edge             | 2000 | 1000 | 100 | 50  | 0  | 0  | 100 | 100 | 16 | 9  | 222  | 0   | 1778 | 1000
          wide, focus near the right: cut stops    | 2000 | 1000 | 90  | 50  | 0  | 0  | 100 | 100 | 16 | 9  | 222  | 0   | 1778 | 1000
          portrait, face in the upper fifth         | 1000 | 2000 | 50  | 20  | 0  | 0  | 100 | 100 | 16 | 9  | 0    | 119 | 1000 | 563
          portrait, focus at the top                | 1000 | 2000 | 50  | 0   | 0  | 0  | 100 | 100 | 16 | 9  | 0    | 0   | 1000 | 563
          portrait, focus at the bottom             | 1000 | 2000 | 50  | 100 | 0  | 0  | 100 | 100 | 16 | 9  | 0    | 1437| 1000 | 563
          right half cropped, focus in it           | 2000 | 1000 | 75  | 50  | 50 | 0  | 50  | 100 | 16 | 9  | 1000 | 219 | 1000 | 563
          crop in a corner, focus on its corner     | 2000 | 1000 | 10  | 10  | 10 | 10 | 50  | 50  | 16 | 9  | 200  | 100 | 889  | 500
          social shape on a social-sized picture    | 1200 | 630  | 50  | 50  | 0  | 0  | 100 | 100 | 40 | 21 | 0    | 0   | 1200 | 630
          social shape on a square, focus low       | 1000 | 1000 | 50  | 80  | 0  | 0  | 100 | 100 | 40 | 21 | 0    | 475 | 1000 | 525
          square card of a wide picture, focus left | 2000 | 1000 | 25  | 50  | 0  | 0  | 100 | 100 | 1  | 1  | 0    | 0   | 1000 | 1000
          square card, focus at three quarters      | 2000 | 1000 | 75  | 50  | 0  | 0  | 100 | 100 | 1  | 1  | 1000 | 0   | 1000 | 1000
          tiny picture                              | 3    | 2    | 50  | 50  | 0  | 0  | 100 | 100 | 16 | 9  | 0    | 0   | 3    | 2
          """)
  void cutsTheLargestBoxOfTheShapeAroundTheFocusInsideTheCrop(
      String name,
      int width,
      int height,
      int focusX,
      int focusY,
      int cropX,
      int cropY,
      int cropWidth,
      int cropHeight,
      int ratioWidth,
      int ratioHeight,
      int x,
      int y,
      int w,
      int h) {
    Framing framing = Framing.of(focusX, focusY, cropX, cropY, cropWidth, cropHeight);

    FocalCrop.Box box = FocalCrop.cut(width, height, framing, ratioWidth, ratioHeight);

    assertThat(box).isEqualTo(new FocalCrop.Box(x, y, w, h));
    FocalCrop.Box crop = FocalCrop.crop(width, height, framing);
    assertThat(box.x()).isGreaterThanOrEqualTo(crop.x());
    assertThat(box.y()).isGreaterThanOrEqualTo(crop.y());
    assertThat(box.x() + box.width()).isLessThanOrEqualTo(crop.x() + crop.width());
    assertThat(box.y() + box.height()).isLessThanOrEqualTo(crop.y() + crop.height());
  }

  @ParameterizedTest(name = "focus {0}%,{1}% of a 2000×1000 picture: {2}%,{3}% of its 16:9 cut")
  @CsvSource({"50, 50, 50, 50", "0, 50, 0, 50", "100, 0, 100, 0", "90, 20, 89, 20"})
  void theFocusIsPlacedInTheCutForBoxesOfOtherShapes(int fx, int fy, int inX, int inY) {
    Framing framing = Framing.of(fx, fy, 0, 0, 100, 100);
    FocalCrop.Box box = FocalCrop.cut(2000, 1000, framing, 16, 9);

    assertThat(FocalCrop.focusIn(2000, 1000, framing, box)).containsExactly(inX, inY);
  }

  @ParameterizedTest(name = "{6}")
  @CsvSource({
    "50, 50, -1, 0, 100, 100, cropX",
    "50, 50, 0, 0, 9, 100, cropWidth",
    "50, 50, 20, 0, 90, 100, cropWidth",
    "50, 50, 0, 95, 100, 10, cropHeight",
    "101, 50, 0, 0, 100, 100, focusX",
    "10, 50, 50, 0, 50, 100, focusX",
  })
  void refusesFramingsOutsideThePictureOrWithTheFocusOutsideTheCrop(
      int fx, int fy, int cx, int cy, int cw, int ch, String field) {
    assertThatThrownBy(() -> Framing.of(fx, fy, cx, cy, cw, ch))
        .isInstanceOfSatisfying(
            MediaRefusedException.class, e -> assertThat(e.field()).isEqualTo(field));
  }
}
