package org.meridian.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PagingTest {

  @ParameterizedTest(name = "page {0} of size {1} among {2}")
  @CsvSource({
    // page, size, total, first, pages, hasPrev, hasNext
    "1, 10, 0,   0,  1, false, false",
    "1, 10, 10,  0,  1, false, false",
    "1, 10, 11,  0,  2, false, true",
    "2, 10, 11,  10, 2, true,  false",
    "3, 10, 11,  20, 2, true,  false",
    "5, 100, 501, 400, 6, true, true"
  })
  void pagesReachEveryItem(
      int page, int size, long total, int first, long pages, boolean prev, boolean next) {
    Paging paging = new Paging(page, size, total);

    assertThat(paging.first()).isEqualTo(first);
    assertThat(paging.pages()).isEqualTo(pages);
    assertThat(paging.hasPrev()).isEqualTo(prev);
    assertThat(paging.hasNext()).isEqualTo(next);
  }

  @org.junit.jupiter.api.Test
  void linksKeepTheQueryAndChangeOnlyThePage() {
    Paging.Pages here = n -> URI.create("http://h/x?type=news&page=" + n);
    Paging paging = new Paging(2, 10, 35);

    assertThat(paging.next(here)).hasToString("http://h/x?type=news&page=3");
    assertThat(paging.prev(here)).hasToString("http://h/x?type=news&page=1");
    assertThat(paging.linkHeader(here))
        .isEqualTo(
            "<http://h/x?type=news&page=1>; rel=\"first\", <http://h/x?type=news&page=1>;"
                + " rel=\"prev\", <http://h/x?type=news&page=3>; rel=\"next\","
                + " <http://h/x?type=news&page=4>; rel=\"last\"");
    assertThat(new Paging(4, 10, 35).next(here)).isNull();
  }

  @ParameterizedTest
  @CsvSource({"0, 10", "-1, 10", "x, 10", "1, 0", "1, 501", "1, ten", "1000001, 1"})
  void badPagesAndSizesAreRefused(String page, String size) {
    assertThatThrownBy(() -> Paging.of(page, size, 100, 500))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @ParameterizedTest
  @CsvSource(
      nullValues = "null",
      value = {"null, null, 1, 100", "'', '', 1, 100", "3, 20, 3, 20"})
  void missingValuesTakeTheDefaults(String page, String size, int wantedPage, int wantedSize) {
    Paging paging = Paging.of(page, size, 100, 500);

    assertThat(paging.page()).isEqualTo(wantedPage);
    assertThat(paging.size()).isEqualTo(wantedSize);
  }
}
