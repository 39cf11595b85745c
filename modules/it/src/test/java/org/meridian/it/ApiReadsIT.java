package org.meridian.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The delivery API's reads (issue 18) against the demo network: pages that reach every item, one
 * item by id and by address, filters, selection of members, media with absolute addresses, and
 * answers that caches may keep.
 */
@ExtendWith(MeridianServer.class)
class ApiReadsIT {

  private static final String CONTENT = "/api/v1/offices/gambia/content";
  private Browser client;

  @BeforeEach
  void newClient() {
    client = new Browser(MeridianServer.server());
  }

  private JsonObject object(String path) {
    HttpResponse<String> response = client.get(path);
    assertThat(response.statusCode()).as("%s: %s", path, response.body()).isEqualTo(200);
    return (JsonObject) JsonBodies.parse(response.body());
  }

  @Test
  void followingNextReachesEveryItemOnceWithTheTotal() {
    JsonObject all = object(CONTENT + "?size=100");
    long total = all.getJsonNumber("total").longValue();
    assertThat(total).isGreaterThan(3);

    List<Long> seen = new ArrayList<>();
    String next = CONTENT + "?size=2";
    int pages = 0;
    while (next != null) {
      HttpResponse<String> response = client.get(URI.create(next).getRawPath() + "?" + URI.create(next).getRawQuery());
      assertThat(response.statusCode()).isEqualTo(200);
      JsonObject page = (JsonObject) JsonBodies.parse(response.body());
      assertThat(page.getJsonNumber("total").longValue()).isEqualTo(total);
      page.getJsonArray("items").getValuesAs(JsonObject.class)
          .forEach(i -> seen.add(i.getJsonNumber("id").longValue()));
      String link = response.headers().firstValue("Link").orElseThrow();
      assertThat(link).contains("rel=\"first\"").contains("rel=\"last\"");
      if (!page.containsKey("next")) {
        assertThat(link).doesNotContain("rel=\"next\"");
        next = null;
      } else {
        next = page.getString("next");
        assertThat(link).contains("<" + next + ">; rel=\"next\"");
      }
      if (pages > 0) {
        assertThat(page.containsKey("prev")).isTrue();
      }
      pages++;
    }
    assertThat(seen).hasSize((int) total);
    assertThat(new HashSet<>(seen)).hasSize((int) total);
    assertThat(pages).isEqualTo((int) ((total + 1) / 2));
  }

  @Test
  void oneItemByIdAndByPathHasItsTextAndTypeFields() {
    JsonObject history = object(CONTENT + "/by-path?lang=en&path=about-us/our-history");
    assertThat(history.getString("path")).isEqualTo("about-us/our-history");
    assertThat(history.getString("body")).isNotBlank();
    assertThat(history.containsKey("summary")).isTrue();
    assertThat(history.containsKey("fields")).isTrue();

    JsonObject byId = object(CONTENT + "/" + history.getJsonNumber("id").longValue());
    assertThat(byId).isEqualTo(history);

    assertThat(client.get(CONTENT + "/by-path?lang=en&path=our-history").statusCode())
        .as("a nested page answers at its whole address only")
        .isEqualTo(404);
    assertThat(client.get(CONTENT + "/987654321").statusCode()).isEqualTo(404);
    assertThat(client.get(CONTENT + "/by-path?lang=en&path=..%2Fetc").statusCode()).isEqualTo(400);
  }

  @Test
  void anItemOfAnotherOfficeIsNotFoundThroughThisOffice() {
    long senegalItem =
        object("/api/v1/offices/senegal/content?size=1")
            .getJsonArray("items")
            .getJsonObject(0)
            .getJsonNumber("id")
            .longValue();
    HttpResponse<String> response = client.get(CONTENT + "/" + senegalItem);
    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(response.body()).doesNotContain("senegal");
  }

  @Test
  void filtersSortAndFieldsNarrowTheList() {
    JsonObject press = object(CONTENT + "?type=news&kind=press-release&fields=title,url");
    assertThat(press.getJsonArray("items")).isNotEmpty();
    assertThat(press.getJsonArray("items").getValuesAs(JsonObject.class))
        .allSatisfy(i -> assertThat(i.keySet()).containsExactlyInAnyOrder("id", "title", "url"));

    List<String> titles =
        object(CONTENT + "?sort=title&fields=title").getJsonArray("items")
            .getValuesAs(JsonObject.class).stream()
            .map(i -> i.getString("title"))
            .toList();
    assertThat(titles).isSortedAccordingTo(String::compareTo);

    assertThat(object(CONTENT + "?updatedSince=2999-01-01").getJsonNumber("total").longValue())
        .isZero();
    assertThat(client.get(CONTENT + "?fields=title,password").statusCode()).isEqualTo(400);
    assertThat(client.get(CONTENT + "?sort=random").statusCode()).isEqualTo(400);
    assertThat(client.get(CONTENT + "?updatedSince=yesterday").statusCode()).isEqualTo(400);
    assertThat(client.get(CONTENT + "?page=0").statusCode()).isEqualTo(400);
  }

  @Test
  void includeMediaGivesAbsoluteAddressesOfEveryRenditionAndTheAltText() {
    JsonObject item =
        object(CONTENT + "/by-path?lang=en&path=mobile-clinics-river&include=media");
    List<JsonObject> media = item.getJsonArray("media").getValuesAs(JsonObject.class);
    JsonObject hero =
        media.stream().filter(m -> m.getString("role").equals("hero")).findFirst().orElseThrow();
    assertThat(hero.getString("alt")).isEqualTo("An orange sky over green hills and a winding river");
    assertThat(hero.getString("url")).startsWith("http").contains("/media/gambia/");
    assertThat(hero.getJsonArray("renditions")).isNotEmpty();
    assertThat(hero.getString("srcset")).contains("w, http");
    HttpResponse<byte[]> file =
        client.getBytes(URI.create(hero.getString("url")).getRawPath(), Map.of());
    assertThat(file.statusCode()).isEqualTo(200);
    assertThat(object(CONTENT + "/" + item.getJsonNumber("id")).get("media"))
        .isIn(null, JsonValue.NULL);
  }

  @Test
  void publicReadsCarryAnETagAndAnswer304() {
    for (String path :
        List.of(CONTENT + "?size=5", "/api/v1/offices", "/api/v1/offices/gambia", "/api/v1/themes")) {
      HttpResponse<String> first = client.get(path);
      String tag = first.headers().firstValue("ETag").orElseThrow();
      assertThat(first.headers().firstValue("Cache-Control")).contains("public, max-age=60");
      HttpResponse<String> again = client.get(path, Map.of("If-None-Match", tag));
      assertThat(again.statusCode()).as(path).isEqualTo(304);
      assertThat(again.body()).isEmpty();
    }
  }
}
