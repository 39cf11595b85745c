package org.meridian.it;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A minimal HTTP user agent for the tests: keeps cookies like a browser (one session per instance)
 * and does not follow redirects, so tests can see them.
 */
public final class Browser {

  private final MeridianServer.Running server;
  private final CookieManager cookies = new CookieManager(new PlainCookieStore(), null);
  private final HttpClient client;

  public Browser(MeridianServer.Running server) {
    this.server = server;
    this.client =
        HttpClient.newBuilder()
            .cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
  }

  public HttpResponse<String> get(String path) {
    return send(request(path).GET().build());
  }

  public HttpResponse<String> get(String path, Map<String, String> headers) {
    HttpRequest.Builder builder = request(path).GET();
    headers.forEach(builder::header);
    return send(builder.build());
  }

  /** A GET whose body is kept as bytes (images, documents), with this browser's cookies. */
  public HttpResponse<byte[]> getBytes(String path, Map<String, String> headers) {
    HttpRequest.Builder builder = request(path).GET();
    headers.forEach(builder::header);
    try {
      return client.send(builder.build(), HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  public HttpResponse<String> postForm(String path, Map<String, String> fields) {
    return postForm(path, fields, Map.of());
  }

  public HttpResponse<String> postForm(
      String path, Map<String, String> fields, Map<String, String> headers) {
    String body =
        fields.entrySet().stream()
            .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
            .collect(Collectors.joining("&"));
    HttpRequest.Builder builder =
        request(path)
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body));
    headers.forEach(builder::header);
    return send(builder.build());
  }

  /** The server's address of {@code path}, for tests that must talk to it below HTTP clients. */
  public URI uri(String path) {
    return server.uri(path);
  }

  /**
   * Closes and opens the browser again: session cookies (the console session) are gone, cookies
   * with a lifetime (the sign-in device cookie) stay.
   */
  public void restart() {
    var store = cookies.getCookieStore();
    store.getCookies().stream().filter(c -> c.getMaxAge() < 0).toList().forEach(c -> store.remove(null, c));
  }

  /** The value of the cookie this browser holds under {@code name}, if any. */
  public Optional<String> cookie(String name) {
    return cookies.getCookieStore().getCookies().stream()
        .filter(c -> c.getName().equals(name))
        .map(HttpCookie::getValue)
        .findFirst();
  }

  public HttpResponse<String> postJson(String path, Map<String, String> headers, String json) {
    HttpRequest.Builder builder =
        request(path)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
    headers.forEach(builder::header);
    return send(builder.build());
  }

  /** Posts a body of any type, e.g. a multipart form. */
  public HttpResponse<String> post(String path, String contentType, byte[] body) {
    return send(
        request(path)
            .header("Content-Type", contentType)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body))
            .build());
  }

  /** Posts a body of any type with headers of its own (e.g. a token header). */
  public HttpResponse<String> postWithHeaders(
      String path, Map<String, String> headers, String contentType, byte[] body) {
    HttpRequest.Builder builder =
        request(path)
            .header("Content-Type", contentType)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body));
    headers.forEach(builder::header);
    return send(builder.build());
  }

  /** Follows redirects within the server, like a browser would; returns the final response. */
  public HttpResponse<String> follow(HttpResponse<String> response) {
    HttpResponse<String> current = response;
    for (int hops = 0; hops < 5 && isRedirect(current); hops++) {
      String location = current.headers().firstValue("Location").orElseThrow();
      URI target = current.uri().resolve(location);
      current =
          get(
              target.getRawPath()
                  + (target.getRawQuery() == null ? "" : "?" + target.getRawQuery()));
    }
    return current;
  }

  public static boolean isRedirect(HttpResponse<?> response) {
    return response.statusCode() >= 300 && response.statusCode() < 400;
  }

  private HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(server.uri(path)).timeout(Duration.ofSeconds(30));
  }

  private HttpResponse<String> send(HttpRequest request) {
    try {
      return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }
}
