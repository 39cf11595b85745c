package org.meridian.it;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

/** Sends JSON to the API of the suite's server with a bearer token, with any method. */
final class ApiSaves {

  private ApiSaves() {}

  static HttpResponse<String> put(String path, String token, String json) {
    return send("PUT", path, token, "application/json", json, Map.of());
  }

  static HttpResponse<String> patch(
      String path, String token, String json, Map<String, String> headers) {
    return send("PATCH", path, token, "application/merge-patch+json", json, headers);
  }

  /**
   * A request with {@code method}; {@code token} and {@code contentType} left out when {@code
   * null}, {@code body} sent when not {@code null}.
   */
  static HttpResponse<String> send(
      String method,
      String path,
      String token,
      String contentType,
      String body,
      Map<String, String> headers) {
    var request =
        HttpRequest.newBuilder(MeridianServer.server().uri(path)).timeout(Duration.ofSeconds(30));
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    if (contentType != null) {
      request.header("Content-Type", contentType);
    }
    headers.forEach(request::header);
    request.method(
        method,
        body == null
            ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    try {
      return HttpClient.newHttpClient()
          .send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
