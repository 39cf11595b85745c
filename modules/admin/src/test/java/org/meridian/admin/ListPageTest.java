package org.meridian.admin;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ListPageTest {

  @Test
  void aPageInRangeIsThatPage() {
    ListPage page = ListPage.of("3", 50, 10_000);

    assertThat(page.number()).isEqualTo(3);
    assertThat(page.first()).isEqualTo(100);
    assertThat(page.pages()).isEqualTo(200);
    assertThat(page.hasPrevious()).isTrue();
    assertThat(page.hasNext()).isTrue();
  }

  @Test
  void absurdPagesAreTheFirstOrTheLast() {
    assertThat(ListPage.of("0", 50, 120).number()).isEqualTo(1);
    assertThat(ListPage.of("-4", 50, 120).number()).isEqualTo(1);
    assertThat(ListPage.of("abc", 50, 120).number()).isEqualTo(1);
    assertThat(ListPage.of(null, 50, 120).number()).isEqualTo(1);
    assertThat(ListPage.of("99999999999999", 50, 120).number()).isEqualTo(1);
    assertThat(ListPage.of("999999999", 50, 120).number()).isEqualTo(3);
    assertThat(ListPage.of("4", 50, 120).hasNext()).isFalse();
  }

  @Test
  void anEmptyListHasOneEmptyPage() {
    ListPage page = ListPage.of("2", 50, 0);

    assertThat(page.number()).isEqualTo(1);
    assertThat(page.pages()).isEqualTo(1);
    assertThat(page.hasPrevious()).isFalse();
    assertThat(page.hasNext()).isFalse();
  }
}
