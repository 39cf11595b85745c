package org.meridian.site.mirror;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.meridian.site.MirrorPages;

/** The in-process crawl: what is linked is rendered, until nothing new is linked. */
class MirrorRunTest {

  private static final String ROOT = "https://mirror.example.org/gambia";

  @TempDir Path dir;

  private static MirrorPages.Rendered html(String text) {
    return new MirrorPages.Rendered(
        200, "text/html;charset=UTF-8", text.getBytes(StandardCharsets.UTF_8), null);
  }

  private final Map<String, MirrorPages.Rendered> site =
      Map.of(
          "/", new MirrorPages.Rendered(301, "text/html", new byte[0], "/en/"),
          "/en/",
              html(
                  "<a href=\"/en/news\">News</a><a href=\"/en/missing\">x</a>"
                      + "<img src=\"/media/gambia/1/w320/a.jpg\">"),
          "/en/news", html("<a href=\"/en/news?page=2\">Next</a>"),
          "/en/news?page=2", html("<a href=\"/en/news\">Previous</a><a href=\"/en/\">Home</a>"),
          "/en/missing",
              new MirrorPages.Rendered(
                  404,
                  "text/html;charset=UTF-8",
                  "Not found".getBytes(StandardCharsets.UTF_8),
                  null));

  private List<String> run(MirrorFolder folder) {
    return new MirrorRun(
            ROOT,
            new MirrorAddresses("logo.png"),
            folder,
            site::get,
            path -> Optional.of(new byte[] {1, 2, 3}))
        .run(List.of("/"));
  }

  @Test
  void everyLinkedPageIsWrittenAndMissingOnesAreReported() throws Exception {
    MirrorFolder folder = new MirrorFolder(dir);
    List<String> problems = run(folder);
    folder.finish(ROOT, java.time.Instant.EPOCH);

    assertThat(dir.resolve("index.html")).content().contains("url=en/");
    assertThat(dir.resolve("en/index.html")).content().contains("href=\"news/\"");
    assertThat(dir.resolve("en/news/page/2/index.html"))
        .content()
        .contains("href=\"../../\"")
        .contains("href=\"../../../\"");
    assertThat(dir.resolve("media/gambia/1/w320/a.jpg")).exists();
    assertThat(Files.readString(dir.resolve("en/missing/index.html"))).isEqualTo("Not found");
    assertThat(problems).containsExactly("/en/missing: answers 404 (linked from /en/)");
  }

  @Test
  void aSecondRunWritesNothingThatDidNotChange() {
    MirrorFolder first = new MirrorFolder(dir);
    run(first);
    first.finish(ROOT, java.time.Instant.EPOCH);
    MirrorFolder second = new MirrorFolder(dir);
    run(second);
    assertThat(second.written()).isZero();
    assertThat(second.unchanged()).isEqualTo(first.written());
  }
}
