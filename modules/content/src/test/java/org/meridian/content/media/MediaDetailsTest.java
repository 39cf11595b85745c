package org.meridian.content.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MediaDetailsTest {

  @Test
  void imagesNeedAltTextUnlessDecorative() {
    assertThatThrownBy(
            () -> new MediaDetails("A", " ", false, "", "").checkedFor(MediaKind.IMAGE, "a.jpg"))
        .hasMessageContaining("alt text");
    assertThat(new MediaDetails("A", "ignored", true, "", "").checkedFor(MediaKind.IMAGE, "a.jpg"))
        .extracting(MediaDetails::altText)
        .isEqualTo("");
    assertThat(new MediaDetails("R", "", false, "", "").checkedFor(MediaKind.DOCUMENT, "r.pdf"))
        .isNotNull();
  }

  @Test
  void aMissingTitleComesFromTheFileName() {
    assertThat(
            new MediaDetails("", "", false, "", "")
                .checkedFor(MediaKind.DOCUMENT, "annual-report-2025.pdf")
                .title())
        .isEqualTo("annual report 2025");
  }

  @Test
  void overlongFieldsAreRefused() {
    assertThatThrownBy(() -> new MediaDetails("x".repeat(301), "", false, "", ""))
        .hasMessageContaining("title has at most 300");
    assertThatThrownBy(() -> new MediaDetails("", "x".repeat(501), false, "", ""))
        .hasMessageContaining("alt text has at most 500");
  }

  @Test
  void deletingMediaInUseNamesTheItemsAndOtherOffices() {
    MediaUsage usage =
        new MediaUsage(
            List.of(new MediaUser(5, "About us", "/gambia/en/about-us")), Map.of("senegal", 2L));
    assertThat(usage.inUse()).isTrue();
    assertThat(new MediaInUseException("team.jpg", usage))
        .hasMessageContaining("'team.jpg' is in use and was not deleted")
        .hasMessageContaining("'About us' (/gambia/en/about-us)")
        .hasMessageContaining("2 items of office senegal");
    assertThat(new MediaUsage(List.of(), Map.of()).inUse()).isFalse();
  }
}
