package org.meridian.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.meridian.content.media.MediaDetails;
import org.meridian.content.media.MediaFormat;
import org.meridian.content.media.MediaItem;
import org.meridian.content.media.MediaKind;

/**
 * Bodies as stored (after {@link RichText}) and as the site shows them: internal links follow their
 * item's current address, library images get their renditions.
 */
class BodyRenderingTest {

  private static final MediaItem BOATS =
      new MediaItem(
          7,
          0,
          "gambia",
          false,
          MediaKind.IMAGE,
          MediaFormat.JPEG,
          "boats.jpg",
          new MediaDetails("Boats", "Boats at Banjul", false, "", ""),
          1000,
          1200,
          800,
          List.of(320, 640, 1024),
          "x@example.org",
          Instant.EPOCH);

  private static final BodyRendering.Resolver RESOLVER =
      new BodyRendering.Resolver() {
        @Override
        public Optional<String> itemPath(long itemId) {
          return Optional.ofNullable(Map.of(42L, "en/our-work/new-name").get(itemId));
        }

        @Override
        public Optional<MediaItem> image(long mediaId) {
          return mediaId == 7 ? Optional.of(BOATS) : Optional.empty();
        }
      };

  private static String shown(String written, String basePath) {
    return BodyRendering.render(RichText.sanitize(written), basePath, RESOLVER);
  }

  @ParameterizedTest(name = "{0} on \"{1}\"")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          <p>See <a href="/gambia/en/old-name" data-item="42">our work</a>.</p> | /gambia | <p>See <a href="/gambia/en/our-work/new-name">our work</a>.</p>
          <p>See <a href="/en/old-name" data-item="42">our work</a>.</p>         | ''      | <p>See <a href="/en/our-work/new-name">our work</a>.</p>
          <p>See <a href="/gambia/en/draft" data-item="43">a draft</a>.</p>     | /gambia | <p>See a draft.</p>
          <p>See <a href="https://example.org/">them</a>.</p>                   | /gambia | <p>See <a href="https://example.org/" rel="nofollow">them</a>.</p>
          <p>See <a href="/gambia/en/about">us</a>.</p>                          | /gambia | <p>See <a href="/gambia/en/about">us</a>.</p>
          <p>No links at all.</p>                                               | /gambia | <p>No links at all.</p>
          <p>See <a href="meridian:item/42">our work</a>.</p>                    | /gambia | <p>See <a href="/gambia/en/our-work/new-name">our work</a>.</p>
          <p>See <a href="meridian:item/43">a draft</a>.</p>                     | ''      | <p>See a draft.</p>
          """)
  void internalLinksFollowTheirItemAndNeverGetNofollow(String written, String base, String site) {
    assertThat(shown(written, base)).isEqualTo(site);
  }

  /** On an office's own host, hand-written links to paths of the server go through its rules. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          <p><a href="/gambia/en/about">us</a></p>                   | <p><a href="/en/about">us</a></p>
          <p><a href="/hq/en/">HQ</a></p>                            | <p><a href="https://hq.example.org/en/">HQ</a></p>
          <p><a href="/gambia/en/old-name" data-item="42">w</a></p> | <p><a href="/en/our-work/new-name">w</a></p>
          <p><a href="https://example.org/">them</a></p>             | <p><a href="https://example.org/" rel="nofollow">them</a></p>
          """)
  void handWrittenLinksToThisServerFollowTheRequestsLinkRules(String written, String site) {
    java.util.function.UnaryOperator<String> ownHost =
        href ->
            href.startsWith("/gambia/")
                ? href.substring("/gambia".length())
                : href.startsWith("/hq/") ? "https://hq.example.org" + href.substring(3) : href;
    assertThat(BodyRendering.render(RichText.sanitize(written), "", RESOLVER, ownHost))
        .isEqualTo(site);
  }

  @Test
  void aLibraryFigureGetsItsRenditionsWidthAndHeightAndKeepsItsAltAndCaption() {
    String html =
        shown(
            "<figure data-media=\"7\" data-align=\"end\"><img src=\"/media/gambia/7/original/boats.jpg\""
                + " alt=\"Boats at Banjul\"><figcaption>The harbour</figcaption></figure>",
            "/gambia");

    assertThat(html)
        .contains("<figure data-media=\"7\" data-align=\"end\">")
        .contains("src=\"/media/gambia/7/w320/boats.jpg\"")
        .contains(
            "srcset=\"/media/gambia/7/w320/boats.jpg 320w, /media/gambia/7/w640/boats.jpg 640w,"
                + " /media/gambia/7/w1024/boats.jpg 1024w, /media/gambia/7/original/boats.jpg 1200w\"")
        .contains("sizes=\"" + BodyRendering.SIZES + "\"")
        .contains("width=\"1200\" height=\"800\"")
        .contains("alt=\"Boats at Banjul\"")
        .contains("loading=\"lazy\"")
        .contains("<figcaption>The harbour</figcaption>");
  }

  @Test
  void aPlainLibraryImageToo_andAnUnknownOneStaysAsStored() {
    assertThat(shown("<p><img src=\"/media/gambia/7/w640/boats.jpg\" alt=\"\"></p>", ""))
        .contains("srcset=")
        .contains("alt=\"\"");
    String unknown = "<p><img src=\"/media/gambia/9/w640/gone.jpg\" alt=\"Gone\" /></p>";
    assertThat(shown(unknown, "")).doesNotContain("srcset").contains("gone.jpg");
  }

  @Test
  void theSanitiserKeepsFiguresLinksByItemAndVideoCardsButNothingElse() {
    String stored =
        RichText.sanitize(
            "<figure data-media=\"7\" data-align=\"left;x\" data-kind=\"video\" onclick=\"x()\">"
                + "<a href=\"https://www.youtube.com/watch?v=abc\"><img src=\"/media/gambia/7/w640/a.jpg\" alt=\"Video: the fair\"></a>"
                + "<figcaption>The fair</figcaption></figure>"
                + "<p><a href=\"/gambia/en/x\" data-item=\"42\" data-evil=\"1\">Ours</a>"
                + "<a href=\"/gambia/en/x\" data-item=\"4x\">Odd</a>"
                + "<a href=\"meridian:item/9\">Picked</a><a href=\"meridian:other\">Not an item</a></p>");

    assertThat(stored)
        .contains("<figure data-media=\"7\" data-kind=\"video\">")
        .doesNotContain("data-align")
        .doesNotContain("onclick")
        .contains("<a href=\"https://www.youtube.com/watch?v&#61;abc\" rel=\"nofollow\">")
        .contains("<figcaption>The fair</figcaption>")
        .contains("<a href=\"/gambia/en/x\" data-item=\"42\">Ours</a>")
        .contains("<a href=\"/gambia/en/x\">Odd</a>")
        .contains("<a href=\"meridian:item/9\" data-item=\"9\">Picked</a>")
        .contains(">Not an item</a>")
        .doesNotContain("meridian:other")
        .doesNotContain("data-evil");
    assertThat(
            RichText.sanitize(
                "<table><thead><tr><th>A</th></tr></thead><tbody><tr><td>1</td></tr></tbody></table>"))
        .isEqualTo(
            "<table><thead><tr><th>A</th></tr></thead><tbody><tr><td>1</td></tr></tbody></table>");
  }

  @ParameterizedTest(name = "{0} in {1}: alt \"{2}\"")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          alt="Boats at Banjul"             | fr | Bateaux à Banjul
          alt="Boats at Banjul"             | ar | Boats at Banjul
          alt="Fishing boats, high tide"    | fr | Fishing boats, high tide
          alt=""                            | fr | ''
          data-none="1"                     | fr | Bateaux à Banjul
          data-none="1"                     | en | Boats at Banjul
          """)
  void aLibraryFigureTakesTheLibrarysAltTextInTheItemsLanguageUnlessTheEditorWroteTheirOwn(
      String altAttribute, String language, String expected) {
    MediaItem boats =
        new MediaItem(
            7,
            0,
            "gambia",
            false,
            MediaKind.IMAGE,
            MediaFormat.JPEG,
            "boats.jpg",
            new MediaDetails("Boats", "Boats at Banjul", false, "", ""),
            1000,
            1200,
            800,
            List.of(320),
            "x@example.org",
            Instant.EPOCH,
            org.meridian.content.media.Framing.WHOLE,
            List.of(),
            0,
            new org.meridian.content.media.AltTexts(Map.of("fr", "Bateaux à Banjul")));
    BodyRendering.Resolver resolver =
        new BodyRendering.Resolver() {
          @Override
          public Optional<String> itemPath(long itemId) {
            return Optional.empty();
          }

          @Override
          public Optional<MediaItem> image(long mediaId) {
            return Optional.of(boats);
          }
        };
    String body =
        "<figure data-media=\"7\"><img src=\"/media/gambia/7/original/boats.jpg\" "
            + altAttribute
            + "></figure>";

    String html =
        BodyRendering.render(
            body, "", language, resolver, java.util.function.UnaryOperator.identity());

    assertThat(org.jsoup.Jsoup.parse(html).selectFirst("img").attr("alt")).isEqualTo(expected);
  }
}
