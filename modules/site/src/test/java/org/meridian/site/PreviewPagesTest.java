package org.meridian.site;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PreviewPagesTest {

  @Test
  void everyLibraryAddressOfAPreviewCarriesATokenForItsOwnFile() {
    String page =
        "<img src=\"/media/gambia/12/w640/visit.jpg\" srcset=\"/media/gambia/12/w320/visit.jpg"
            + " 320w, /media/hq/3/original/map.png 900w\"><a href=\"/gambia/en/about\">About</a>"
            + "<a href=\"https://example.org/media/x\">Elsewhere</a>";
    String marked =
        PreviewPages.withMediaTokens(page, (owner, id) -> "T-" + owner.value() + "-" + id);
    assertThat(marked)
        .isEqualTo(
            "<img src=\"/media/gambia/12/w640/visit.jpg?preview=T-gambia-12\""
                + " srcset=\"/media/gambia/12/w320/visit.jpg?preview=T-gambia-12 320w,"
                + " /media/hq/3/original/map.png?preview=T-hq-3 900w\">"
                + "<a href=\"/gambia/en/about\">About</a>"
                + "<a href=\"https://example.org/media/x\">Elsewhere</a>");
  }
}
