package org.meridian.site;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which answers of the public sites may be kept, by whom, and when a kept page answers 304. */
class PageResponsesTest {

  private static final Instant RENDERED = Instant.parse("2026-12-07T10:00:00Z");
  private static final CachedPage PAGE =
      new CachedPage(
          "<p>hello</p>".getBytes(StandardCharsets.UTF_8),
          CachedPage.HTML,
          PageResponses.etag("<p>hello</p>".getBytes(StandardCharsets.UTF_8)),
          RENDERED);

  /** A response that records its status, headers and body. */
  private static final class Answer {
    int status = 200;
    final Map<String, String> headers = new HashMap<>();
    final ByteArrayOutputStream body = new ByteArrayOutputStream();

    HttpServletResponse response() {
      ServletOutputStream out =
          new ServletOutputStream() {
            @Override
            public void write(int b) {
              body.write(b);
            }

            @Override
            public boolean isReady() {
              return true;
            }

            @Override
            public void setWriteListener(WriteListener listener) {}
          };
      return (HttpServletResponse)
          Proxy.newProxyInstance(
              getClass().getClassLoader(),
              new Class<?>[] {HttpServletResponse.class},
              (proxy, method, args) -> {
                switch (method.getName()) {
                  case "setStatus" -> status = (Integer) args[0];
                  case "setHeader" -> headers.put((String) args[0], (String) args[1]);
                  case "setDateHeader" -> headers.put((String) args[0], args[1].toString());
                  case "setContentType" -> headers.put("Content-Type", (String) args[0]);
                  case "getOutputStream" -> {
                    return out;
                  }
                  default -> {}
                }
                return null;
              });
    }
  }

  private static HttpServletRequest request(String method, Map<String, String> headers) {
    return (HttpServletRequest)
        Proxy.newProxyInstance(
            PageResponsesTest.class.getClassLoader(),
            new Class<?>[] {HttpServletRequest.class},
            (proxy, m, args) ->
                switch (m.getName()) {
                  case "getMethod" -> method;
                  case "getHeader" -> headers.get((String) args[0]);
                  case "getDateHeader" ->
                      headers.containsKey((String) args[0])
                          ? Instant.parse(headers.get((String) args[0])).toEpochMilli()
                          : -1L;
                  default -> null;
                });
  }

  @ParameterizedTest(name = "{0} {1}: {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "If-None-Match     | the page's tag       | 304",
        "If-None-Match     | *                    | 304",
        "If-None-Match     | \"another\"          | 200",
        "If-Modified-Since | 2026-12-07T10:00:00Z | 304",
        "If-Modified-Since | 2026-12-07T09:59:59Z | 200",
        "none              | ''                   | 200",
      })
  void aKeptPageAnswersAConditionalRequestThatMatchesWith304(
      String header, String value, int status) throws Exception {
    Answer answer = new Answer();
    Map<String, String> headers =
        header.equals("none")
            ? Map.of()
            : Map.of(header, value.equals("the page's tag") ? PAGE.etag() : value);
    PageResponses.sendCacheable(request("GET", headers), answer.response(), PAGE, false, RENDERED);
    assertThat(answer.status).isEqualTo(status);
    assertThat(answer.body.size()).isEqualTo(status == 200 ? PAGE.body().length : 0);
    assertThat(answer.headers)
        .containsEntry("ETag", PAGE.etag())
        .containsEntry("Cache-Control", "public, max-age=60")
        .containsEntry("X-Accel-Expires", "@1")
        .doesNotContainKey("X-Meridian-Stale");
  }

  @Test
  void aPageServedWhileTheDatabaseIsAwayIsMarkedStaleAndMustBeRevalidated() throws Exception {
    Answer answer = new Answer();
    PageResponses.sendCacheable(
        request("GET", Map.of()), answer.response(), PAGE, true, RENDERED.plusSeconds(95));
    assertThat(answer.status).isEqualTo(200);
    assertThat(answer.headers)
        .containsEntry("Cache-Control", "no-cache")
        .containsEntry("X-Meridian-Stale", "database-unavailable")
        .containsEntry("Warning", "110 - \"Response is Stale\"")
        .containsEntry("Age", "95");
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource({
    "404, 'public, max-age=60'",
    "410, 'public, max-age=60'",
    "500, no-store",
    "503, no-store",
  })
  void anErrorOfTheServerIsNeverKeptByAnyone(int status, String cacheControl) throws Exception {
    Answer answer = new Answer();
    PageResponses.send(request("GET", Map.of()), answer.response(), status, "<p>x</p>");
    assertThat(answer.status).isEqualTo(status);
    assertThat(answer.headers).containsEntry("Cache-Control", cacheControl);
  }

  @Test
  void aPageForOnePersonIsKeptByNobodyAndHeadSendsNoBody() throws Exception {
    Answer answer = new Answer();
    PageResponses.sendPrivate(request("HEAD", Map.of()), answer.response(), 200, "<p>mine</p>");
    assertThat(answer.headers).containsEntry("Cache-Control", "private, no-store");
    assertThat(answer.body.size()).isZero();
  }
}
