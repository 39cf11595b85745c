package org.meridian.app.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line's {@code import} uploads the archive over plain HTTP/1.1 with its whole length
 * declared: it never asks the server to switch to HTTP/2 ({@code Upgrade: h2c}), over which Payara
 * broke an upload of more than 2 GiB off (bench/README.md, "Office archives"), and it returns the
 * session's cookies as the server set them, which Payara reads over HTTP/1.1. Checked against a
 * small stand-in for the server's sign-in and archive addresses, which records what each request
 * carried and counts the upload's bytes as they stream in.
 */
class ArchiveUploadTest {

  /** What one request to the stand-in carried. */
  record Seen(
      String method, String path, String protocol, String upgrade, String length, String cookie) {}

  private final List<Seen> seen = new CopyOnWriteArrayList<>();
  private volatile long uploaded = -1;
  private HttpServer server;

  @BeforeEach
  void standIn() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext(
        "/",
        exchange -> {
          try (exchange) {
            answer(exchange);
          }
        });
    server.start();
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  private void answer(HttpExchange exchange) throws IOException {
    String path = exchange.getRequestURI().getPath();
    seen.add(
        new Seen(
            exchange.getRequestMethod(),
            path,
            exchange.getProtocol(),
            exchange.getRequestHeaders().getFirst("Upgrade"),
            exchange.getRequestHeaders().getFirst("Content-Length"),
            exchange.getRequestHeaders().getFirst("Cookie")));
    switch (path) {
      case "/admin/login.xhtml" -> {
        // Payara's session cookies, as it writes them.
        exchange.getResponseHeaders().add("Set-Cookie", "JSESSIONID=1dd2; Path=/; HttpOnly");
        exchange.getResponseHeaders().add("Set-Cookie", "JSESSIONIDVERSION=2f:0; Path=/; HttpOnly");
        send(exchange, 200, "<input name=\"meridian_signin_token\" value=\"t1\">", Map.of());
      }
      case "/j_security_check" -> {
        exchange.getRequestBody().readAllBytes();
        send(exchange, 302, "", Map.of("Location", "/admin/index.xhtml"));
      }
      case "/admin/archive/token" -> send(exchange, 200, "archive-token", Map.of());
      case "/admin/archive/import" -> {
        long count = 0;
        byte[] buffer = new byte[64 * 1024];
        try (InputStream in = exchange.getRequestBody()) {
          for (int n; (n = in.read(buffer)) > 0; ) {
            count += n;
          }
        }
        uploaded = count;
        send(exchange, 303, "", Map.of("Location", "/admin/archives.xhtml?job=0a1b-2c3d"));
      }
      case "/admin/archive/job" -> send(exchange, 200, "created: 1 office", Map.of());
      default -> send(exchange, 404, "no such address", Map.of());
    }
  }

  private static void send(HttpExchange exchange, int status, String body, Map<String, String> h)
      throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    h.forEach((name, value) -> exchange.getResponseHeaders().add(name, value));
    exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
    if (bytes.length > 0) {
      exchange.getResponseBody().write(bytes);
    }
  }

  @Test
  void theUploadIsPlainHttp11WithItsLengthAndNeverAskedToSwitchToHttp2(@TempDir Path folder)
      throws Exception {
    Path archive = folder.resolve("office.zip");
    byte[] bytes = new byte[300_000];
    new java.util.Random(19).nextBytes(bytes);
    Files.write(archive, bytes);
    Map<String, String> env =
        Map.of(
            "MERIDIAN_ARCHIVE_SERVER", "http://127.0.0.1:" + server.getAddress().getPort(),
            "MERIDIAN_ARCHIVE_EMAIL", "hq.admin@example.org",
            "MERIDIAN_ARCHIVE_PASSWORD", "secret");

    String report = new ArchiveCommand(env::get).run(List.of("import", archive.toString()));

    assertThat(report).isEqualTo("created: 1 office");
    assertThat(seen).extracting(Seen::path).contains("/admin/login.xhtml", "/admin/archive/import");
    assertThat(seen)
        .as("no request asks to switch to HTTP/2")
        .allSatisfy(
            request -> {
              assertThat(request.upgrade()).as(request.path()).isNull();
              assertThat(request.protocol()).as(request.path()).isEqualTo("HTTP/1.1");
            });
    Seen upload =
        seen.stream().filter(r -> r.path().equals("/admin/archive/import")).findFirst().get();
    assertThat(upload.length()).as("declared length").isEqualTo("300000");
    assertThat(seen.subList(1, seen.size()))
        .as("the session's cookies come back as they were set, not quoted as RFC 2965's")
        .allSatisfy(
            request ->
                assertThat(request.cookie())
                    .as(request.path())
                    .isIn(
                        "JSESSIONID=1dd2; JSESSIONIDVERSION=2f:0",
                        "JSESSIONIDVERSION=2f:0; JSESSIONID=1dd2"));
    assertThat(uploaded).as("bytes streamed in").isEqualTo(300_000);
  }
}
