package org.meridian.content.archive;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.meridian.content.ContentType;

/** Ids and addresses of the source office become the target's on the way in. */
class ArchiveReferencesTest {

  private static final Map<Long, Long> MEDIA = Map.of(12L, 912L, 13L, 913L);
  private static final Map<Long, Long> ITEMS = Map.of(40L, 140L, 41L, 141L);

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "image of the source | <img src=\"/media/gambia/12/w640/a.jpg\"> | <img src=\"/media/copy/912/w640/a.jpg\">",
        "HQ's shared image   | <img src=\"/media/hq/12/w640/a.jpg\">     | <img src=\"/media/hq/12/w640/a.jpg\">",
        "page of the source  | <a href=\"/gambia/en/about-us\">x</a>    | <a href=\"/copy/en/about-us\">x</a>",
        "page of HQ          | <a href=\"/hq/en/\">x</a>                | <a href=\"/hq/en/\">x</a>",
        "outside address     | <a href=\"https://gambia.example.org/\">x</a> | <a href=\"https://gambia.example.org/\">x</a>",
        "a document link     | <a href=\"/media/gambia/13/original/r.pdf\">r</a> | <a href=\"/media/copy/913/original/r.pdf\">r</a>",
      })
  void bodiesMoveToTheTarget(String what, String body, String expected) {
    assertThat(ArchiveReferences.remapBody(body, "gambia", "copy", MEDIA::get))
        .as(what)
        .isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "link by an imported item   | <a href=\"/copy/en/a\" data-item=\"40\">a</a> | <a href=\"/copy/en/a\" data-item=\"140\">a</a>",
        "link by an item not in yet | <a href=\"/copy/en/z\" data-item=\"77\">z</a> | <a href=\"/copy/en/z\" >z</a>",
        "figure of the library      | <figure data-media=\"12\"><img src=\"x\"></figure> | <figure data-media=\"912\"><img src=\"x\"></figure>",
        "no ids                     | <p>data-item</p>                               | <p>data-item</p>",
      })
  void idsInTheBodyBecomeTheTargets(String what, String body, String expected) {
    assertThat(ArchiveReferences.remapIds(body, ITEMS::get, MEDIA::get))
        .as(what)
        .isEqualTo(expected);
  }

  @Test
  void theMediaABodyShowsAreFound() {
    JsonObject revision =
        Json.createObjectBuilder()
            .add("heroImage", 12)
            .add(
                "body",
                "<img src=\"/media/gambia/13/w320/b.png\"><img src=\"/media/hq/99/w320/c.png\">")
            .add("fields", Json.createObjectBuilder())
            .build();
    assertThat(ArchiveReferences.media(ContentType.PAGE, revision, "gambia"))
        .containsExactly(12L, 13L);
  }

  @Test
  void fieldIdsAreRenamed() {
    JsonObject fields =
        Json.createObjectBuilder()
            .add("documents", Json.createArrayBuilder().add(12).add(13))
            .add("cover", 12)
            .add("series", "Reports")
            .build();
    JsonObject moved =
        ArchiveReferences.remapFields(ContentType.PUBLICATION, fields, ITEMS::get, MEDIA::get);
    assertThat(moved.getJsonArray("documents").toString()).isEqualTo("[912,913]");
    assertThat(moved.getInt("cover")).isEqualTo(912);
    assertThat(moved.getString("series")).isEqualTo("Reports");
  }

  @Test
  void relatedItemsAndContactsAreRenamed() {
    JsonObject fields =
        Json.createObjectBuilder()
            .add("related", Json.createArrayBuilder().add(41))
            .add(
                "mediaContacts",
                Json.createArrayBuilder()
                    .add(
                        Json.createObjectBuilder().add("contact", 40).add("expires", "2027-01-01")))
            .build();
    assertThat(ArchiveReferences.items(ContentType.NEWS, fields))
        .containsExactlyInAnyOrder(40L, 41L);
    JsonObject moved =
        ArchiveReferences.remapFields(ContentType.NEWS, fields, ITEMS::get, MEDIA::get);
    assertThat(moved.getJsonArray("related").toString()).isEqualTo("[141]");
    assertThat(moved.getJsonArray("mediaContacts").getJsonObject(0).getInt("contact"))
        .isEqualTo(140);
    assertThat(moved.getJsonArray("mediaContacts").getJsonObject(0).getString("expires"))
        .isEqualTo("2027-01-01");
  }

  @ParameterizedTest
  @CsvSource({
    "/gambia/en/news, /copy/en/news",
    "/gambia, /copy",
    "/gambiana/en/, /gambiana/en/",
    "news, news",
    "https://example.org/gambia/, https://example.org/gambia/",
  })
  void menuAddressesOfTheSourceMove(String url, String expected) {
    assertThat(ArchiveReferences.moveAddress(url, "gambia", "copy")).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "a script removed        | <p>a</p><script>x</script> | true",
        "an event handler        | <img src=\"a.png\" onerror=\"x\"> | true",
        "only written its own way | <p>a<br>b</p><p><em>c</em></p> | false",
        "nothing to clean        | <p>Text</p> | false",
      })
  void aNoteSaysWhenTheSanitiserRemovedMarkupNotWhenItOnlyRewroteIt(
      String what, String body, boolean removed) {
    assertThat(ArchiveReferences.removedMarkup(body, org.meridian.content.RichText.sanitize(body)))
        .as(what)
        .isEqualTo(removed);
  }
}
