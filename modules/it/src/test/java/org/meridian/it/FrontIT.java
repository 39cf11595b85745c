package org.meridian.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
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

  private static Process nginx;
  private static int port;
  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  @BeforeAll
  static void startTheFront() throws Exception {
    boolean installed = Files.isExecutable(Path.of("/usr/sbin/nginx"));
    if (!installed && SuiteDatabase.underCi()) {
      throw new IllegalStateException("nginx is missing: .ci/run installs Debian's nginx-light");
    }
    Assumptions.assumeTrue(installed, "nginx is not installed");
    Path front = Path.of("../../../docker/front").toAbsolutePath().normalize();
    Path dir = Files.createTempDirectory("meridian-front");
    Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxrwxrwx"));
    port = MeridianServer.freePort();
    Path conf = dir.resolve("nginx.conf");
    Files.writeString(
        conf,
        """
        worker_processes 1;
        pid %1$s/nginx.pid;
        error_log %1$s/error.log;
        events { worker_connections 256; }
        http {
          access_log off;
          include /etc/nginx/mime.types;
          include %2$s/meridian-http.conf;
          proxy_cache_path %1$s/cache keys_zone=meridian_pages:1m use_temp_path=off;
          upstream meridian { server 127.0.0.1:%3$d; keepalive 4; }
          server {
            listen 127.0.0.1:%4$d;
            include %2$s/meridian-site.conf;
          }
        }
        """
            .formatted(dir, front, MeridianServer.server().port(), port));
    nginx =
        new ProcessBuilder("/usr/sbin/nginx", "-c", conf.toString(), "-p", dir.toString(), "-g",
                "daemon off;")
            .redirectErrorStream(true)
            .redirectOutput(dir.resolve("nginx.out").toFile())
            .start();
    long until = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    while (System.nanoTime() < until) {
      try {
        get("/health");
        return;
      } catch (IOException notYet) {
        Thread.sleep(100);
      }
    }
    throw new IllegalStateException(
        "nginx did not start: " + Files.readString(dir.resolve("nginx.out")));
  }

  @AfterAll
  static void stopTheFront() throws InterruptedException {
    if (nginx != null) {
      nginx.destroy();
      nginx.waitFor(10, TimeUnit.SECONDS);
    }
  }

  private static HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return HTTP.send(
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).GET().build(),
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
    Browser hq = new Browser(new MeridianServer.Running(null, port, null));
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
