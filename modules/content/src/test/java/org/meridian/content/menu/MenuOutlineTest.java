package org.meridian.content.menu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.meridian.content.menu.MenuOutline.Node;
import org.meridian.content.menu.MenuOutline.Placement;

class MenuOutlineTest {

  /** 1 Who we are (2 About, 3 Network), 4 Work (5 Data), 6 News, 7 Contact. */
  private static MenuOutline outline() {
    return new MenuOutline(
        List.of(
            new Node(1, null),
            new Node(4, null),
            new Node(6, null),
            new Node(7, null),
            new Node(2, 1L),
            new Node(3, 1L),
            new Node(5, 4L)));
  }

  /** The outline as text, e.g. {@code 1(2,3) 4(5) 6 7}. */
  private static String shape(List<Placement> placements) {
    Function<Long, String> level =
        parent ->
            String.join(
                ",",
                placements.stream()
                    .filter(p -> java.util.Objects.equals(p.parent(), parent))
                    .sorted(java.util.Comparator.comparingInt(Placement::order))
                    .map(p -> String.valueOf(p.id()))
                    .toList());
    StringBuilder text = new StringBuilder();
    for (String top : level.apply(null).split(",")) {
      if (!text.isEmpty()) {
        text.append(' ');
      }
      text.append(top);
      String children = level.apply(Long.valueOf(top));
      if (!children.isEmpty()) {
        text.append('(').append(children).append(')');
      }
    }
    return text.toString();
  }

  @Test
  void theOutlineIsReadAsGiven() {
    assertThat(shape(outline().placements())).isEqualTo("1(2,3) 4(5) 6 7");
  }

  @Test
  void movesUpAndDownAmongSiblingsOnly() {
    assertThat(shape(outline().moveUp(6))).isEqualTo("1(2,3) 6 4(5) 7");
    assertThat(shape(outline().moveDown(2))).isEqualTo("1(3,2) 4(5) 6 7");
    assertThat(shape(outline().moveUp(3))).isEqualTo("1(3,2) 4(5) 6 7");
    assertThat(shape(outline().moveDown(4))).isEqualTo("1(2,3) 6 4(5) 7");
  }

  @Test
  void theFirstDoesNotMoveUpAndTheLastNotDown() {
    assertThatThrownBy(() -> outline().moveUp(1))
        .isInstanceOf(MenuRefusedException.class)
        .hasMessageContaining("already the first");
    assertThatThrownBy(() -> outline().moveUp(2)).hasMessageContaining("already the first");
    assertThatThrownBy(() -> outline().moveDown(7)).hasMessageContaining("already the last");
    assertThatThrownBy(() -> outline().moveDown(5)).hasMessageContaining("already the last");
  }

  @Test
  void indentingPutsAnEntryLastUnderTheEntryBeforeIt() {
    assertThat(shape(outline().indent(6))).isEqualTo("1(2,3) 4(5,6) 7");
    assertThat(shape(outline().indent(7))).isEqualTo("1(2,3) 4(5) 6(7)");
  }

  @Test
  void indentingKeepsMenusToTwoLevels() {
    assertThatThrownBy(() -> outline().indent(3))
        .isInstanceOf(MenuRefusedException.class)
        .hasMessageContaining("2 levels");
    // 4 has an entry below it: indenting it would make a third level.
    assertThatThrownBy(() -> outline().indent(4))
        .isInstanceOf(MenuRefusedException.class)
        .hasMessageContaining("third level");
    assertThatThrownBy(
            () -> new MenuOutline(List.of(new Node(1, null), new Node(2, null))).indent(1))
        .hasMessageContaining("no entry before it");
  }

  @Test
  void outdentingPutsAnEntryRightAfterItsFormerParent() {
    assertThat(shape(outline().outdent(2))).isEqualTo("1(3) 2 4(5) 6 7");
    assertThat(shape(outline().outdent(5))).isEqualTo("1(2,3) 4 5 6 7");
    assertThatThrownBy(() -> outline().outdent(6)).hasMessageContaining("already at the top");
  }

  @Test
  void removingTakesTheEntriesBelowAndRenumbers() {
    MenuOutline outline = outline();
    assertThat(outline.remove(1)).containsExactly(2L, 3L, 1L);
    assertThat(shape(outline.placements())).isEqualTo("4(5) 6 7");
    assertThat(outline.placements())
        .contains(new Placement(4, null, 0), new Placement(7, null, 2), new Placement(5, 4L, 0));
  }

  @Test
  void entriesOfAnotherMenuAreNotFound() {
    assertThatThrownBy(() -> outline().moveUp(99))
        .isInstanceOf(MenuRefusedException.class)
        .hasMessageContaining("No menu entry 99");
  }

  @Test
  void aThirdLevelIsNotReadAsAnOutline() {
    assertThatThrownBy(
            () -> new MenuOutline(List.of(new Node(1, null), new Node(2, 1L), new Node(3, 2L))))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @ParameterizedTest(name = "place {0} under {1} at {2}: {3}")
  @CsvSource(
      delimiter = '|',
      nullValues = "top",
      value = {
        "7 | top | 0 | 7 1(2,3) 4(5) 6",
        "1 | top | 3 | 4(5) 6 7 1(2,3)",
        "1 | top | 99 | 4(5) 6 7 1(2,3)",
        "6 | top | 1 | 1(2,3) 6 4(5) 7",
        "6 | 1 | 0 | 1(6,2,3) 4(5) 7",
        "6 | 4 | 5 | 1(2,3) 4(5,6) 7",
        "2 | 4 | 0 | 1(3) 4(2,5) 6 7",
        "3 | 1 | 0 | 1(3,2) 4(5) 6 7",
        "5 | top | 0 | 5 1(2,3) 4 6 7",
      })
  void placingPutsAnEntryUnderAParentAtAPosition(long id, Long parent, int index, String expected) {
    assertThat(shape(outline().place(id, parent, index))).isEqualTo(expected);
  }

  @Test
  void placingKeepsMenusToTwoLevels() {
    assertThatThrownBy(() -> outline().place(6, 2L, 0))
        .isInstanceOf(MenuRefusedException.class)
        .hasMessageContaining("itself below another");
    assertThatThrownBy(() -> outline().place(1, 4L, 0))
        .isInstanceOf(MenuRefusedException.class)
        .hasMessageContaining("third level");
    assertThatThrownBy(() -> outline().place(6, 6L, 0)).hasMessageContaining("No menu entry 6");
    assertThatThrownBy(() -> outline().place(6, 99L, 0)).hasMessageContaining("No menu entry 99");
    assertThatThrownBy(() -> outline().place(99, null, 0)).hasMessageContaining("No menu entry 99");
  }
}
