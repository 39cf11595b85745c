package org.meridian.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The web origins an office allows to read its public API from a browser (CORS), set by its
 * administrator in the console; never for writes, never another office's list.
 */
@ExtendWith(MeridianServer.class)
class ApiCorsIT {

  private static final String ADMIN = "gambia.admin@meridian.example.org";
  private static final String ITEMS = "/api/v1/offices/gambia/items";

  private Browser client;

  @BeforeEach
  void newClient() {
    client = new Browser(MeridianServer.server());
  }

  @Test
  void theWebOriginsAnOfficeAllowsMayReadItsPublicApiFromABrowser() {
    ConsoleSession admin = ConsoleSession.signIn(ADMIN);
    Document wildcard =
        admin.submit(
            admin.open("/admin/tokens.xhtml"),
            "origins",
            Map.of("origins:allowed", "*"),
            "origins:save-origins");
    assertThat(wildcard.text()).contains("a wildcard is not accepted");
    Document saved =
        admin.submit(
            admin.open("/admin/tokens.xhtml"),
            "origins",
            Map.of("origins:allowed", "https://news.example.org\nhttp://localhost:8089/"),
            "origins:save-origins");
    assertThat(saved.getElementById("origins:allowed").val().strip())
        .isEqualTo("https://news.example.org\nhttp://localhost:8089");

    String content = "/api/v1/offices/gambia/content?size=1";
    HttpResponse<String> allowed = client.get(content, Map.of("Origin", "http://localhost:8089"));
    assertThat(allowed.statusCode()).isEqualTo(200);
    assertThat(allowed.headers().firstValue("Access-Control-Allow-Origin"))
        .hasValue("http://localhost:8089");
    assertThat(allowed.headers().firstValue("Access-Control-Allow-Credentials")).isEmpty();
    assertThat(allowed.headers().allValues("Vary")).anySatisfy(v -> assertThat(v).contains("Origin"));
    assertThat(allowed.headers().firstValue("Access-Control-Expose-Headers").orElse(""))
        .contains("ETag")
        .contains("Link");

    HttpResponse<String> other = client.get(content, Map.of("Origin", "https://evil.example"));
    assertThat(other.statusCode()).isEqualTo(200);
    assertThat(other.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
    assertThat(
            client
                .get("/api/v1/offices/senegal/content?size=1", Map.of("Origin", "https://news.example.org"))
                .headers()
                .firstValue("Access-Control-Allow-Origin"))
        .as("another office's content follows that office's list")
        .isEmpty();

    HttpResponse<String> preflight =
        ApiSaves.send(
            "OPTIONS",
            content,
            null,
            null,
            null,
            Map.of("Origin", "https://news.example.org", "Access-Control-Request-Method", "GET"));
    assertThat(preflight.statusCode()).isEqualTo(204);
    assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin"))
        .hasValue("https://news.example.org");
    assertThat(preflight.headers().firstValue("Access-Control-Allow-Methods")).hasValue("GET, HEAD");
    assertThat(preflight.headers().firstValue("Access-Control-Allow-Headers").orElse(""))
        .doesNotContain("Authorization");
    HttpResponse<String> write =
        ApiSaves.send(
            "OPTIONS",
            ITEMS,
            null,
            null,
            null,
            Map.of("Origin", "https://news.example.org", "Access-Control-Request-Method", "POST"));
    assertThat(write.headers().firstValue("Access-Control-Allow-Origin"))
        .as("writes are never allowed across origins")
        .isEmpty();
  }
}
