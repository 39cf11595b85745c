package org.meridian.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What the console costs a person on a phone: its pages and resources travel gzipped, scripts and
 * styles carry a version in their address and may be kept a year, the content list (the screen
 * people open most) brings no PrimeFaces script and stays under a byte budget, and the console's
 * own markup keeps clear of the errors the Nu checker found (docs/console.md, "Weight").
 */
@ExtendWith(MeridianServer.class)
class ConsoleDeliveryIT {

  /** A year, in seconds: what a versioned resource may be kept. */
  private static final long A_YEAR = 31_536_000L;

  /** Everything the content list transfers (page, styles, scripts), gzipped: 1.3 MB before. */
  private static final int CONTENT_LIST_BUDGET = 80 * 1024;

  private static final Pattern MAX_AGE = Pattern.compile("max-age=(\\d+)");

  private static Browser editor;
  private static HttpClient raw;

  @BeforeAll
  static void signIn() {
    editor = new Browser(MeridianServer.server());
    assertThat(editor.get("/admin/index.xhtml").statusCode()).isEqualTo(302);
    HttpResponse<String> signedIn =
        editor.follow(
            editor.postForm(
                "/j_security_check",
                SignIn.form(
                    editor, "gambia.editor@meridian.example.org", MeridianServer.DEMO_PASSWORD)));
    assertThat(signedIn.uri().getPath()).isEqualTo("/admin/index.xhtml");
    // HTTP/1.1, as browsers speak plain http: Java's client would otherwise upgrade to HTTP/2
    // (h2c), which Grizzly does not compress (behind TLS, the front that ends it compresses).
    raw =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
  }

  /** A GET in the editor's session, asking for gzip, with the bytes as they came. */
  private static HttpResponse<byte[]> gzipped(String path) {
    HttpRequest request =
        HttpRequest.newBuilder(editor.uri(path))
            .header("Accept-Encoding", "gzip")
            .header("Cookie", "JSESSIONID=" + editor.cookie("JSESSIONID").orElseThrow())
            .timeout(Duration.ofSeconds(30))
            .GET()
            .build();
    try {
      return raw.send(request, HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static String gunzip(byte[] body) {
    try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException("not gzip", e);
    }
  }

  private static Document page(String path) {
    HttpResponse<byte[]> response = gzipped(path);
    assertThat(response.statusCode()).as(path).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Encoding")).as(path).hasValue("gzip");
    return Jsoup.parse(gunzip(response.body()), editor.uri(path).toString());
  }

  /** The scripts and style sheets a page loads, by address. */
  private static List<String> resources(Document page) {
    List<String> addresses = new ArrayList<>();
    for (Element link : page.select("link[rel=stylesheet][href], script[src]")) {
      addresses.add(link.hasAttr("href") ? link.attr("href") : link.attr("src"));
    }
    return addresses;
  }

  @Test
  void consolePagesAreGzippedAndSayThatTheyVaryByEncoding() {
    for (String path :
        List.of("/admin/index.xhtml", "/admin/dashboard.xhtml", "/admin/content/edit.xhtml?type=NEWS&lang=en")) {
      HttpResponse<byte[]> response = gzipped(path);
      assertThat(response.statusCode()).as(path).isEqualTo(200);
      assertThat(response.headers().firstValue("Content-Encoding")).as(path).hasValue("gzip");
      assertThat(String.join(",", response.headers().allValues("Vary")))
          .as("Vary of %s", path)
          .contains("Accept-Encoding");
      String html = gunzip(response.body());
      assertThat(html).as(path).contains("<h1>");
      assertThat(response.body().length).as("gzipped %s", path).isLessThan(html.length() / 3);
    }
    // A client that does not ask for gzip gets plain HTML.
    HttpResponse<String> plain = editor.get("/admin/index.xhtml");
    assertThat(plain.headers().firstValue("Content-Encoding")).isEmpty();
    assertThat(plain.body()).contains("<h1>");
  }

  @Test
  void scriptsAndStylesCarryAVersionAndMayBeKeptAYear() {
    List<String> seen = new ArrayList<>();
    for (String path :
        List.of("/admin/index.xhtml", "/admin/content/edit.xhtml?type=NEWS&lang=en")) {
      for (String address : resources(page(path))) {
        if (seen.contains(address)) {
          continue;
        }
        seen.add(address);
        assertThat(address).as("a version in the address of %s", address).containsPattern("[?&]v=");
        HttpResponse<byte[]> resource = gzipped(address.replace("&amp;", "&"));
        assertThat(resource.statusCode()).as(address).isEqualTo(200);
        String cacheControl = resource.headers().firstValue("Cache-Control").orElse("");
        Matcher maxAge = MAX_AGE.matcher(cacheControl);
        assertThat(maxAge.find()).as("max-age of %s: %s", address, cacheControl).isTrue();
        assertThat(Long.parseLong(maxAge.group(1))).as("max-age of %s", address).isGreaterThanOrEqualTo(A_YEAR);
        assertThat(cacheControl).as(address).doesNotContain("no-cache", "no-store");
        if (resource.body().length > 2048) {
          assertThat(resource.headers().firstValue("Content-Encoding"))
              .as("encoding of %s", address)
              .hasValue("gzip");
        }
      }
    }
    assertThat(seen).as("the editor's scripts were among them").anyMatch(a -> a.contains(".js"));
  }

  @Test
  void theContentListLoadsNoPrimeFacesScriptAndStaysInItsBudget() {
    Document list = page("/admin/index.xhtml");
    assertThat(list.select("#content tbody tr")).as("the list has rows").isNotEmpty();
    List<String> scripts = list.select("script[src]").eachAttr("src");
    assertThat(scripts)
        .as("PrimeFaces' jQuery, core and components scripts (540 KB) on the content list")
        .noneMatch(s -> s.contains("jquery") || s.contains("core.js") || s.contains("components.js"));
    long bytes = gzipped("/admin/index.xhtml").body().length;
    for (String address : resources(list)) {
      bytes += gzipped(address.replace("&amp;", "&")).body().length;
    }
    assertThat(bytes).as("bytes the content list transfers, gzipped").isLessThan(CONTENT_LIST_BUDGET);
  }

  /**
   * The three errors of our own that the Nu HTML checker found: a date or time field with a
   * placeholder (not allowed there), a {@code <time datetime>} with more than three digits of a
   * second, and a height without a unit in a style (the body editor's); and Faces' {@code
   * autocomplete="off"} on the view state's hidden field.
   */
  @Test
  void theConsolesOwnMarkupKeepsClearOfTheNuCheckersErrors() {
    Document list = page("/admin/index.xhtml");
    String item = list.selectFirst("#content a.edit-link").attr("href").replaceAll(".*item=", "");
    for (String path :
        List.of(
            "/admin/content/schedule.xhtml?item=" + item,
            "/admin/content/review.xhtml?item=" + item,
            "/admin/content/edit.xhtml?item=" + item,
            "/admin/content/edit.xhtml?type=EVENT&lang=en",
            "/admin/index.xhtml")) {
      Document page = page(path);
      assertThat(page.select("input[type=date][placeholder], input[type=time][placeholder]"))
          .as("date and time fields with a placeholder on %s", path)
          .isEmpty();
      for (Element time : page.select("time[datetime]")) {
        assertThat(time.attr("datetime"))
            .as("a valid datetime on %s", path)
            .matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d(:\\d\\d(\\.\\d{1,3})?)?(Z|[+-]\\d\\d:\\d\\d)");
      }
      assertThat(page.select("input[type=hidden][autocomplete]"))
          .as("hidden fields with autocomplete (the view state's) on %s", path)
          .isEmpty();
      for (Element styled : page.select("[style*=height]")) {
        assertThat(styled.attr("style"))
            .as("a height without a unit on %s", path)
            .doesNotContainPattern("height:\\s*\\d+(\\s*;|\\s*$)");
      }
    }
  }
}
