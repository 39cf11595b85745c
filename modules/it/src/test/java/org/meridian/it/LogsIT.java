package org.meridian.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The server's log as an operator reads it from a file: no terminal colour codes, each request's
 * id in its lines and in the response, and the access log the suite server is started with.
 */
@ExtendWith(MeridianServer.class)
@Tag("embedded-db")
class LogsIT {

  @Test
  void theLogFileHasNoTerminalColourCodes() {
    String log = MeridianServer.server().logText();
    assertThat(log).contains("Meridian is running on").doesNotContain("\u001B");
  }

  @Test
  void theFrontsRequestIdIsSentBackAndMarksTheRequestsLogLines() throws InterruptedException {
    String id = "it-" + UUID.randomUUID();
    HttpResponse<String> page =
        new Browser(MeridianServer.server()).get("/gambia/en/", Map.of("X-Request-Id", id));
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.headers().firstValue("X-Request-Id")).hasValue(id);
    // The access line is written as the request ends, maybe just after the answer was read.
    java.util.regex.Pattern line =
        java.util.regex.Pattern.compile(
            "INFO meridian\\.access \\[[^\\]]+\\] rid="
                + java.util.regex.Pattern.quote(id)
                + " GET /gambia/en/ 200 \\d+\\.\\d{3} ms");
    long until = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    while (!line.matcher(MeridianServer.server().logText()).find() && System.nanoTime() < until) {
      Thread.sleep(100);
    }
    assertThat(MeridianServer.server().logText()).containsPattern(line);
  }

  @Test
  void aMalformedRequestIdIsReplacedNotRepeated() {
    HttpResponse<String> page =
        new Browser(MeridianServer.server())
            .get("/gambia/en/", Map.of("X-Request-Id", "<script>alert(1)</script>"));
    assertThat(page.headers().firstValue("X-Request-Id")).hasValueSatisfying(
        id -> assertThat(id).matches("[0-9a-f]{16}"));
    assertThat(MeridianServer.server().logText()).doesNotContain("<script>alert(1)</script>");
  }

  @Test
  void openingTheEditorLogsNoFacesWarning() {
    ConsoleSession editor = ConsoleSession.signIn("gambia.editor@meridian.example.org");
    assertThat(editor.get("/admin/content/edit.xhtml?type=NEWS&lang=en").statusCode())
        .isEqualTo(200);
    // JSF1103: an f:metadata that is not a direct child of the view, once per editor opened.
    assertThat(MeridianServer.server().logText()).doesNotContain("JSF1103");
  }
}
