package org.meridian.content.media;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.meridian.content.RichText;

class MediaLinksTest {

  @Test
  void addressesNameOfficeIdVariantAndFile() {
    assertThat(MediaLinks.rendition("gambia", 42, 640, "team.jpg"))
        .isEqualTo("/media/gambia/42/w640/team.jpg");
    assertThat(MediaLinks.parse("/media/hq/7/original/report.pdf"))
        .hasValue(new MediaLinks.Address("hq", 7, "original", "report.pdf"));
  }

  @Test
  void onlyExactLibraryAddressesParse() {
    for (String path :
        new String[] {
          "/media/gambia/42/w640/team.jpg/extra",
          "/media/gambia/42/big/team.jpg",
          "/media/Gambia/42/w640/team.jpg",
          "/media/gambia/x/w640/team.jpg",
          "/media/gambia/42/w640/../secret",
          "/media/gambia/42/w640/",
          "https://example.org/media/gambia/42/w640/team.jpg"
        }) {
      assertThat(MediaLinks.parse(path)).as(path).isEmpty();
    }
  }

  @Test
  void findsTheImagesOfSanitisedRichText() {
    String body =
        RichText.sanitize(
            "<p>a<img src=\"/media/gambia/42/w640/team.jpg\" alt=\"Team\"></p>"
                + "<figure><img alt=\"Hills\" src=\"/media/hq/7/original/hills.png\"></figure>"
                + "<img src=\"https://tracker.example/p.gif\">");

    assertThat(MediaLinks.imageSources(body))
        .containsExactly("/media/gambia/42/w640/team.jpg", "/media/hq/7/original/hills.png");
    assertThat(MediaLinks.imageSources(null)).isEmpty();
  }

  @Test
  void findsTheLinksOfSanitisedRichText() {
    String body =
        RichText.sanitize(
            "<p>Read <a href=\"/media/gambia/43/original/report.pdf\">the report</a>,"
                + " <a title=\"x\" href=\"/gambia/en/about\">about us</a> and"
                + " <a href=\"https://example.org/a?b=1&amp;c=2\">elsewhere</a>.</p>");

    assertThat(MediaLinks.linkTargets(body))
        .containsExactly(
            "/media/gambia/43/original/report.pdf",
            "/gambia/en/about",
            "https://example.org/a?b=1&c=2");
    assertThat(MediaLinks.linkTargets(null)).isEmpty();
  }
}
