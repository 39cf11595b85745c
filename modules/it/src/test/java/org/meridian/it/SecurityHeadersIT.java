package org.meridian.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The headers that protect visitors and editors, as a browser receives them. */
@ExtendWith(MeridianServer.class)
class SecurityHeadersIT {

  private static void common(HttpResponse<String> response, String what) {
    assertThat(response.headers().firstValue("X-Content-Type-Options")).as(what).hasValue("nosniff");
    assertThat(response.headers().firstValue("Referrer-Policy"))
        .as(what)
        .hasValue("strict-origin-when-cross-origin");
  }

  @Test
  void publicPagesRunNoScriptAndLoadNothingFromElsewhere() {
    Browser visitor = new Browser(MeridianServer.server());
    for (String path : List.of("/gambia/en/", "/gambia/en/news", "/senegal/fr/", "/gambia/en/search?q=health")) {
      HttpResponse<String> page = visitor.get(path);
      assertThat(page.statusCode()).as(path).isEqualTo(200);
      common(page, path);
      String policy = page.headers().firstValue("Content-Security-Policy").orElse("");
      assertThat(policy).as(path).startsWith("default-src 'none'").doesNotContain("script-src");
      assertThat(page.body()).as(path).doesNotContain("<script>").doesNotContain("<script src");
    }
  }

  @Test
  void consolePagesAreNeverStoredAndLoadOnlyFromMeridian() {
    ConsoleSession editor = ConsoleSession.signIn("gambia.editor@meridian.example.org");
    for (String path : List.of("/admin/index.xhtml", "/admin/content/edit.xhtml?type=NEWS", "/admin/media.xhtml")) {
      HttpResponse<String> page = editor.get(path);
      assertThat(page.statusCode()).as(path).isEqualTo(200);
      common(page, path);
      assertThat(page.headers().firstValue("Cache-Control")).as(path).hasValue("no-store");
      assertThat(page.headers().firstValue("Content-Security-Policy").orElse(""))
          .as(path)
          .startsWith("default-src 'self'")
          .contains("frame-ancestors 'self'")
          .contains("object-src 'none'")
          .contains("form-action 'self'")
          .doesNotContain("https:")
          .doesNotContain("*");
    }
    HttpResponse<String> signIn = new Browser(MeridianServer.server()).get("/admin/login.xhtml");
    assertThat(signIn.headers().firstValue("Cache-Control")).hasValue("no-store");
  }
}
