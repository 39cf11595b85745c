package org.meridian.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The headless JSON API against the demo network. */
@ExtendWith(MeridianServer.class)
class ApiIT {

  private Browser client;

  @BeforeEach
  void newClient() {
    client = new Browser(MeridianServer.server());
  }

  private JsonObject object(String path, int status) {
    HttpResponse<String> response = client.get(path);
    assertThat(response.statusCode()).as("status of %s", path).isEqualTo(status);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(
            type ->
                assertThat(type)
                    .startsWith(
                        response.statusCode() < 400
                            ? "application/json"
                            : "application/problem+json"));
    return (JsonObject) JsonBodies.parse(response.body());
  }

  @Test
  void listsTheOfficesOfTheNetwork() {
    HttpResponse<String> response = client.get("/api/v1/offices");
    assertThat(response.statusCode()).isEqualTo(200);
    JsonArray offices = (JsonArray) JsonBodies.parse(response.body());
    assertThat(offices.getValuesAs(JsonObject.class))
        .extracting(o -> o.getString("code"))
        .contains("hq", "west-central-africa", "gambia", "senegal");
    JsonObject senegal =
        offices.getValuesAs(JsonObject.class).stream()
            .filter(o -> o.getString("code").equals("senegal"))
            .findFirst()
            .orElseThrow();
    assertThat(senegal.getString("type")).isEqualTo("COUNTRY");
    assertThat(senegal.getString("defaultLanguage")).isEqualTo("fr");
    assertThat(senegal.getJsonObject("names").getString("fr")).isEqualTo("Meridian au Sénégal");
  }

  @Test
  void listsTheLiveContentOfOneOfficeOnly() {
    JsonObject page = object("/api/v1/offices/gambia/content?lang=en", 200);
    assertThat(page.getString("office")).isEqualTo("gambia");
    var items = page.getJsonArray("items").getValuesAs(JsonObject.class);
    assertThat(items)
        .extracting(i -> i.getString("title"))
        .contains("About us", "New youth skills centre opens in Brikama")
        .doesNotContain("Coastal resilience study: first findings", "À propos");
    assertThat(items).allSatisfy(i -> assertThat(i.getString("url")).startsWith("/gambia/en/"));
  }

  @Test
  void filtersByTypeAndDefaultsToTheOfficesLanguage() {
    JsonObject page = object("/api/v1/offices/senegal/content?type=news", 200);
    assertThat(page.getString("language")).isEqualTo("fr");
    assertThat(page.getJsonArray("items").getValuesAs(JsonObject.class))
        .isNotEmpty()
        .allSatisfy(i -> assertThat(i.getString("type")).isEqualTo("NEWS"));
  }

  @Test
  void theSameSlugInTwoOfficesIsTwoItems() {
    JsonObject gambia = object("/api/v1/offices/gambia/content?lang=en&type=page", 200);
    JsonObject senegal = object("/api/v1/offices/senegal/content?lang=en&type=page", 200);
    String gambiaAbout = bodyOf(gambia, "about-us");
    String senegalAbout = bodyOf(senegal, "about-us");
    assertThat(gambiaAbout).contains("Banjul").doesNotContain("Dakar");
    assertThat(senegalAbout).contains("Dakar").doesNotContain("Banjul");
  }

  private static String bodyOf(JsonObject page, String slug) {
    return page.getJsonArray("items").getValuesAs(JsonObject.class).stream()
        .filter(i -> i.getString("slug").equals(slug))
        .findFirst()
        .orElseThrow()
        .getString("body");
  }

  @ParameterizedTest
  @CsvSource({
    "/api/v1/offices/nowhere/content, 404, No office 'nowhere'",
    "/api/v1/offices/NOT%20A%20CODE, 404, No office",
    "/api/v1/offices/gambia/content?lang=zz-zz-zz-zz, 400, 'lang' must be a language tag",
    "/api/v1/offices/gambia/content?lang=fr, 400, publishes in [en]",
    "/api/v1/offices/gambia/content?limit=0, 400, must be between 1 and 100",
    "/api/v1/offices/gambia/content?limit=ten, 400, must be between 1 and 100",
    "/api/v1/offices/gambia/content?type=recipe, 400, 'type' must be one of",
    "/api/v1/nothing-here, 404, ''"
  })
  void badRequestsGetAJsonErrorThatSaysWhatToFix(String path, int status, String message) {
    JsonObject error = object(path, status);
    assertThat(error.getInt("status")).isEqualTo(status);
    assertThat(error.getString("message")).contains(message).doesNotContain("Exception");
  }

  @Test
  void officesAreNamedInEveryLanguageTheyHave() {
    JsonObject hq = object("/api/v1/offices/hq", 200);
    assertThat(hq.getJsonArray("languages").getValuesAs(JsonString.class))
        .extracting(JsonString::getString)
        .containsExactly("en", "fr");
  }
}
