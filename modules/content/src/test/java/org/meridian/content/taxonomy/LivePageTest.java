package org.meridian.content.taxonomy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class LivePageTest {

  @Test
  void anEmptyListStillHasOnePage() {
    assertThat(LivePage.pagesFor(0, 20)).isEqualTo(1);
  }

  @Test
  void pagesAreCountedUpwards() {
    assertThat(LivePage.pagesFor(20, 20)).isEqualTo(1);
    assertThat(LivePage.pagesFor(21, 20)).isEqualTo(2);
    assertThat(LivePage.pagesFor(24, 20)).isEqualTo(2);
  }

  @Test
  void neighboursExistOnlyInsideTheList() {
    LivePage first = new LivePage(List.of(), 1, 2, 24);
    LivePage last = new LivePage(List.of(), 2, 2, 24);
    assertThat(first.hasPrevious()).isFalse();
    assertThat(first.hasNext()).isTrue();
    assertThat(last.hasPrevious()).isTrue();
    assertThat(last.hasNext()).isFalse();
  }
}
