package org.meridian.it;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** {@code PUT}s JSON to the API of the suite's server with a bearer token. */
final class ApiSaves {

  private ApiSaves() {}

  static HttpResponse<String> put(String path, String token, String json) {
    try {
      return HttpClient.newHttpClient()
          .send(
              HttpRequest.newBuilder(MeridianServer.server().uri(path))
                  .timeout(Duration.ofSeconds(30))
                  .header("Authorization", "Bearer " + token)
                  .header("Content-Type", "application/json")
                  .PUT(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8))
                  .build(),
              HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
