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
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assumptions;

/**
 * Debian's nginx with {@code docker/front}'s own http- and server-level files in front of the given
 * nodes, as production runs them, without Docker ({@code .ci/run} installs nginx-light). Its access
 * log says, per request, what the front did (log format {@code timing}: time, status, cache status,
 * node, the node's status and seconds, its own seconds, the address).
 */
final class NginxFront implements AutoCloseable {

  private final Process nginx;
  private final int port;
  private final Path dir;

  private NginxFront(Process nginx, int port, Path dir) {
    this.nginx = nginx;
    this.port = port;
    this.dir = dir;
  }

  /** Skips the calling test outside CI when nginx is not installed; fails under CI. */
  static void assumeInstalled() {
    boolean installed = Files.isExecutable(Path.of("/usr/sbin/nginx"));
    if (SuiteDatabase.underCi()) {
      assertThat(installed).as("nginx (.ci/run installs nginx-light)").isTrue();
    }
    Assumptions.assumeTrue(installed, "nginx is not installed");
  }

  /**
   * Starts the front before {@code nodes} (its upstream spreads requests over them; compose keeps
   * each client on one node with ip_hash, here every request comes from one address) and waits
   * until it answers {@code /health}.
   */
  static NginxFront before(List<MeridianServer.Running> nodes) throws Exception {
    assumeInstalled();
    Path files = Path.of("../../../docker/front").toAbsolutePath().normalize();
    Path dir = Files.createTempDirectory("meridian-front");
    Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxrwxrwx"));
    int port = MeridianServer.freePort();
    String upstream =
        nodes.stream()
            .map(n -> "    server 127.0.0.1:" + n.port() + " max_fails=1 fail_timeout=5s;")
            .collect(Collectors.joining("\n"));
    Path conf = dir.resolve("nginx.conf");
    Files.writeString(
        conf,
        """
        worker_processes 1;
        pid %1$s/nginx.pid;
        error_log %1$s/error.log;
        events { worker_connections 256; }
        http {
          log_format timing '$msec $status $upstream_cache_status $upstream_addr'
                            ' $upstream_status $upstream_response_time $request_time $request_uri';
          access_log %1$s/access.log timing;
          include /etc/nginx/mime.types;
          include %2$s/meridian-http.conf;
          proxy_cache_path %1$s/cache keys_zone=meridian_pages:1m inactive=24h use_temp_path=off;
          upstream meridian {
        %3$s
            keepalive 4;
          }
          server {
            listen 127.0.0.1:%4$d;
            include %2$s/meridian-site.conf;
          }
        }
        """
            .formatted(dir, files, upstream, port));
    Process nginx =
        new ProcessBuilder(
                "/usr/sbin/nginx", "-c", conf.toString(), "-p", dir.toString(), "-g", "daemon off;")
            .redirectErrorStream(true)
            .redirectOutput(dir.resolve("nginx.out").toFile())
            .start();
    NginxFront front = new NginxFront(nginx, port, dir);
    HttpClient http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    long until = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    while (System.nanoTime() < until) {
      try {
        http.send(
            HttpRequest.newBuilder(front.uri("/health")).GET().build(),
            HttpResponse.BodyHandlers.discarding());
        return front;
      } catch (IOException notYet) {
        Thread.sleep(100);
      }
    }
    front.close();
    throw new IllegalStateException(
        "nginx did not start: " + Files.readString(dir.resolve("nginx.out")));
  }

  int port() {
    return port;
  }

  /** {@code path} through the front. */
  URI uri(String path) {
    return URI.create("http://127.0.0.1:" + port + path);
  }

  /** The front's access log (log format {@code timing}). */
  Path accessLog() {
    return dir.resolve("access.log");
  }

  /** The front as a server the tests' {@link Browser} can talk to. */
  MeridianServer.Running asServer() {
    return new MeridianServer.Running(null, port, null);
  }

  @Override
  public void close() throws InterruptedException {
    nginx.destroy();
    nginx.waitFor(10, TimeUnit.SECONDS);
  }
}
