package org.meridian.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * The nginx front built from {@code docker/front}'s own files, before the suite server: what
 * operators read (metrics, health detail, WADL) never goes through it, pages do, with a request id
 * that Meridian sends back. nginx comes from Debian's package ({@code .ci/run} installs it).
 */
@ExtendWith(MeridianServer.class)
class FrontIT {

  private static NginxFront front;
  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  @BeforeAll
  static void startTheFront() throws Exception {
    front = NginxFront.before(List.of(MeridianServer.server()));
  }

  @AfterAll
  static void stopTheFront() throws InterruptedException {
    if (front != null) {
      front.close();
    }
  }

  private static HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return HTTP.send(
        HttpRequest.newBuilder(front.uri(path)).GET().build(),
        HttpResponse.BodyHandlers.ofString());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/metrics",
        "/health/ready",
        "/health/live",
        "/openapi/application.wadl",
        "/api/application.wadl",
        "/api/v1/application.wadl",
        "/application.wadl"
      })
  void whatOnlyOperatorsReadIsNeverPassedOn(String path) throws Exception {
    assertThat(get(path).statusCode()).isEqualTo(404);
  }

  /**
   * An office archive is larger than anything else sent to the console (gigabytes): the front lets it
   * through to the node whatever its size (every other upload stops at the front's 60 MB), and the
   * node's own checks answer it.
   */
  @Test
  void anOfficeArchiveGoesThroughTheFrontWhateverItsSize() {
    Browser hq = new Browser(front.asServer());
    FacesForms.signedInAt(hq, "hq.admin@meridian.example.org", "/admin/archives.xhtml");
    String token = hq.get("/admin/archive/token").body().strip();
    byte[] seventyMegabytes = new byte[70 * 1024 * 1024];

    HttpResponse<String> archive =
        hq.postWithHeaders(
            "/admin/archive/import?as=through-the-front&wait=true",
            Map.of("X-Meridian-Archive-Token", token),
            "application/zip",
            seventyMegabytes);
    assertThat(archive.statusCode()).as(archive.body()).isEqualTo(422);
    assertThat(archive.body()).contains("zip");
  }

  @Test
  void pagesAndTheLoadBalancersHealthArePassedOnWithTheFrontsRequestId() throws Exception {
    HttpResponse<String> page = get("/gambia/en/");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.headers().firstValue("X-Request-Id"))
        .hasValueSatisfying(id -> assertThat(id).matches("[0-9a-f]{32}"));
    assertThat(get("/health").statusCode()).isEqualTo(200);
  }
}
