package org.meridian.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Requests no browser would send, written byte for byte on a socket: each gets a 4xx answer (or a
 * normal page), never a 500, a stack trace or the request's own markup echoed back.
 */
@ExtendWith(MeridianServer.class)
class HostileRequestsIT {

  /** Sends {@code target} as the request line's target and returns the whole raw response. */
  private static String raw(String target) throws IOException {
    try (Socket socket = new Socket("127.0.0.1", MeridianServer.server().port())) {
      socket.setSoTimeout(15_000);
      OutputStream out = socket.getOutputStream();
      out.write(
          ("GET " + target + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
              .getBytes(StandardCharsets.ISO_8859_1));
      out.flush();
      InputStream in = socket.getInputStream();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static int status(String response) {
    return Integer.parseInt(response.substring(9, 12));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/gambia/en/%E0%A4%A",
        "/gambia/en/%ZZ",
        "/gambia/%00/",
        "/gambia/en/%3Cscript%3Ealert(1)%3C/script%3E",
        "/gambia/en/news?page=99999999999999999999",
        "/gambia/en/news?year=%3Cscript%3Ealert(1)%3C/script%3E",
        "/gambia/en/news?theme=%E0%A4%A&kind=%ZZ",
        "/gambia/en/news?kind=<script>alert(1)</script>&year=2026",
        "/gambia/en/news?year=2026&year=2025&page=1&page=2",
        "/gambia/en/events?page=-99999999999",
        "/senegal/%E0%A4%A/contact",
        "/gambia/en/about-us?<script>alert(1)</script>",
        "/api/v1/offices/gambia/content?lang=%E0%A4%A",
        "/api/v1/offices/gambia/content?limit=-1",
        "/api/v1/offices/%3Cb%3E/content",
        "/admin/login.xhtml?failed=%3Cscript%3E"
      })
  void oddRequestsAreAnsweredWithoutErrorsOrEchoes(String target) throws IOException {
    String response = raw(target);
    assertThat(status(response)).as(target).isLessThan(500);
    assertThat(response)
        .doesNotContain("<script>alert")
        .doesNotContain("Exception")
        .doesNotContain("at org.");
  }

  @org.junit.jupiter.api.Test
  void aTenKilobyteQueryStringIsHandled() throws IOException {
    String response = raw("/gambia/en/?q=" + "a".repeat(10 * 1024));
    assertThat(status(response)).isLessThan(500);
    assertThat(response).doesNotContain("Exception");
  }

  /** Sends a raw request (request line, headers, body) and returns the whole raw response. */
  private static String rawRequest(String head, String body) throws IOException {
    try (Socket socket = new Socket("127.0.0.1", MeridianServer.server().port())) {
      socket.setSoTimeout(15_000);
      OutputStream out = socket.getOutputStream();
      byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
      out.write(
          (head
                  + "\r\nConnection: close"
                  + (body.isEmpty() ? "" : "\r\nContent-Length: " + bytes.length)
                  + "\r\n\r\n")
              .getBytes(StandardCharsets.ISO_8859_1));
      out.write(bytes);
      out.flush();
      return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static String location(String response) {
    return response
        .lines()
        .takeWhile(line -> !line.isEmpty())
        .filter(line -> line.regionMatches(true, 0, "Location:", 0, 9))
        .map(line -> line.substring(9).strip())
        .findFirst()
        .orElse("");
  }

  /** A forged Host header never becomes the address a redirect sends the browser to. */
  @ParameterizedTest
  @ValueSource(strings = {"/admin", "/admin/", "/admin/index.xhtml", "/admin/people.xhtml"})
  void redirectsNeverNameTheRequestsHost(String target) throws IOException {
    String response = rawRequest("GET " + target + " HTTP/1.1\r\nHost: evil.example", "");
    assertThat(status(response)).as(target).isBetween(300, 399);
    assertThat(location(response)).as(target).isNotEmpty().doesNotContain("evil.example");
  }

  @org.junit.jupiter.api.Test
  void aSignInWithAForgedHostIsNotSentThere() throws IOException {
    String response =
        rawRequest(
            "POST /j_security_check HTTP/1.1\r\nHost: evil.example"
                + "\r\nContent-Type: application/x-www-form-urlencoded",
            "j_username=nobody%40example.org&j_password=wrong-password");
    assertThat(status(response)).isBetween(300, 399);
    assertThat(location(response)).isNotEmpty().doesNotContain("evil.example");
  }

  /**
   * A session version cookie quoted as RFC 2965 clients send it: Payara reads it before any filter
   * of ours and answers with an empty page, and logged a SEVERE stack trace per request, so a
   * client could fill the log. The stack traces stay out; one line a minute counts them. (Whether
   * Payara fails on the cookie depends on its session manager's state: on a fresh suite server it
   * did, and this test failed with the filter off; in a full CI run it once did not fail at all,
   * and neither line was logged. So the count's line is not required here; the unit test checks
   * it.)
   */
  @org.junit.jupiter.api.Test
  void aQuotedSessionVersionCookieLeavesNoStackTraceInTheLog() throws IOException {
    for (int i = 0; i < 3; i++) {
      String response =
          rawRequest(
              "GET /gambia/en/ HTTP/1.1\r\nHost: localhost"
                  + "\r\nCookie: JSESSIONID=abc; JSESSIONIDVERSION=\"2f:0\"; $Path=\"/\"",
              "");
      assertThat(status(response)).isLessThan(500);
      assertThat(response).doesNotContain("Exception").doesNotContain("at org.");
    }
    String log = MeridianServer.server().logText();
    assertThat(log).doesNotContain("Odd number of hexadecimal digits");
  }

  /** A Faces post (with a view state) to a page that does not exist is a 4xx, not a 500. */
  @ParameterizedTest
  @ValueSource(strings = {"/missing.xhtml", "/admin/login-missing.xhtml", "/gambia/missing.xhtml"})
  void aFacesPostToAMissingPageIsAClientError(String target) throws IOException {
    String response =
        rawRequest(
            "POST " + target + " HTTP/1.1\r\nHost: localhost"
                + "\r\nContent-Type: application/x-www-form-urlencoded",
            "jakarta.faces.ViewState=-123%3A456&form=form&form%3Asave=Save");
    assertThat(status(response)).as(target).isBetween(300, 499);
    assertThat(response).doesNotContain("Exception").doesNotContain("at org.");
  }
}
