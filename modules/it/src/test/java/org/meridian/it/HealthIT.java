package org.meridian.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** {@code /health} and what the server says about itself when it starts. */
@ExtendWith(MeridianServer.class)
@Tag("embedded-db") // also on H2: start-up on the embedded database
class HealthIT {

  @Test
  void healthIsUpWhenTheDatabaseAnswers() {
    HttpResponse<String> response = new Browser(MeridianServer.server()).get("/health");
    assertThat(response.statusCode()).isEqualTo(200);
    JsonObject health = (JsonObject) JsonBodies.parse(response.body());
    assertThat(health.getString("status")).isEqualTo("UP");
    assertThat(health.getJsonArray("checks").getValuesAs(JsonObject.class))
        .anySatisfy(
            check -> {
              assertThat(check.getString("name")).isEqualTo("database");
              assertThat(check.getString("status")).isEqualTo("UP");
            });
  }

  @Test
  void theServerRunsOnTheConfiguredDatabaseAndSaysSo() {
    String log = MeridianServer.server().logText();
    if (MeridianServer.usesExternalDatabase()) {
      assertThat(log).contains("Database: database jdbc:postgresql:").contains("(PostgreSQL ");
    } else {
      assertThat(log).contains("Database: embedded H2 database jdbc:h2:file:./data/meridian");
    }
    assertThat(log).contains("Database schema at version");
  }

  @Test
  void withoutADemoPasswordTheDocumentedDefaultIsUsedAndLogged() {
    String log = MeridianServer.server().logText();
    assertThat(log)
        .contains("MERIDIAN_DEMO_PASSWORD is not set")
        .contains("'" + MeridianServer.DEMO_PASSWORD + "'");
    assertThat(log)
        .contains("Meridian is running on http://localhost:" + MeridianServer.server().port());
  }

  /**
   * The launcher renders each kind of public page once before it says the server is running, so
   * that no visitor pays a first render (WarmUp; ClusterOutageIT times a node's first renders).
   */
  @Test
  void theServerRendersEachKindOfPublicPageBeforeItSaysItIsRunning() {
    String log = MeridianServer.server().logText();
    int running = log.lastIndexOf("Meridian is running");
    int warmed = log.lastIndexOf("Warmed up before taking visitors: ", running);
    assertThat(warmed).as("the warm-up's line before 'Meridian is running'").isNotNegative();
    String line = log.substring(warmed, log.indexOf('\n', warmed));
    assertThat(line).contains("none failed");
    java.util.regex.Matcher pages =
        java.util.regex.Pattern.compile("(\\d+) public pages rendered").matcher(line);
    assertThat(pages.find()).as(line).isTrue();
    // The network's index, sitemap and robots.txt; an office's home, six lists, a search, two
    // feeds, its sitemap and a missing page; and the demo's items of each type, a theme, a tag.
    assertThat(Integer.parseInt(pages.group(1))).as(line).isGreaterThanOrEqualTo(18);
  }

  @Test
  void readinessCoversTheDatabaseTheMediaStoreThePageCacheAndTheQueues() {
    HttpResponse<String> response = new Browser(MeridianServer.server()).get("/health/ready");
    assertThat(response.statusCode()).isEqualTo(200);
    JsonObject health = (JsonObject) JsonBodies.parse(response.body());
    assertThat(
            health.getJsonArray("checks").getValuesAs(JsonObject.class).stream()
                .map(check -> check.getString("name") + "=" + check.getString("status")))
        .containsExactlyInAnyOrder(
            "database=UP",
            "media-store=UP",
            "page-cache=UP",
            "background-queues=UP",
            "warm-up=UP",
            "meridian=UP");
  }

  @Test
  void livenessNeedsNothingButTheProcessAndNamesTheRelease() {
    HttpResponse<String> response = new Browser(MeridianServer.server()).get("/health/live");
    assertThat(response.statusCode()).isEqualTo(200);
    JsonObject check =
        ((JsonObject) JsonBodies.parse(response.body()))
            .getJsonArray("checks")
            .getJsonObject(0);
    assertThat(check.getString("name")).isEqualTo("meridian");
    assertThat(check.getJsonObject("data").getString("version"))
        .matches("\\d+\\.\\d+\\.\\d+(-SNAPSHOT)?");
  }
}
