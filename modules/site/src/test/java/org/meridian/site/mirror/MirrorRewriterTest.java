package org.meridian.site.mirror;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MirrorRewriterTest {

  private static final String BASE = "https://mirror.example.org/crisis/gambia";
  private final MirrorRewriter rewriter = new MirrorRewriter(BASE, new MirrorAddresses("logo.png"));

  @Test
  void pathsOfTheSiteBecomeRelativeLinksAndAreCollected() {
    MirrorRewriter.Result page =
        rewriter.html(
            "en/news/index.html",
            "<a href=\"/en/about-us\">About</a><a href=\"/en/news?page=2&amp;x=\">Next</a>"
                + "<img src=\"/media/gambia/3/w320/a.jpg\" srcset=\"/media/gambia/3/w320/a.jpg"
                + " 320w, /media/gambia/3/w640/a.jpg 640w\">"
                + "<form class=\"search\" action=\"/en/search\"></form>"
                + "<a href=\"https://elsewhere.example.org/x\">x</a><a href=\"#main\">skip</a>");
    assertThat(page.text())
        .contains("href=\"../about-us/\"")
        .contains("href=\"page/2/\"")
        .contains(
            "srcset=\"../../media/gambia/3/w320/a.jpg 320w, ../../media/gambia/3/w640/a.jpg 640w\"")
        .contains("action=\"../search/\"")
        .contains("href=\"https://elsewhere.example.org/x\"")
        .contains("href=\"#main\"");
    assertThat(page.found())
        .contains(
            "/en/about-us",
            "/en/news?page=2&x=",
            "/media/gambia/3/w320/a.jpg",
            "/media/gambia/3/w640/a.jpg",
            "/en/search");
  }

  @Test
  void absoluteAddressesBelowTheBaseLeadToTheirFiles() {
    MirrorRewriter.Result sitemap =
        rewriter.text(
            "<loc>"
                + BASE
                + "/en/about-us</loc><loc>"
                + BASE
                + "/en/news?page=2</loc>"
                + "<loc>"
                + BASE
                + "-other/en/x</loc><loc>"
                + BASE
                + "</loc>");
    assertThat(sitemap.text())
        .contains("<loc>" + BASE + "/en/about-us/</loc>")
        .contains("<loc>" + BASE + "/en/news/page/2/</loc>")
        .contains("<loc>" + BASE + "-other/en/x</loc>")
        .contains("<loc>" + BASE + "/</loc>");
    assertThat(sitemap.found()).containsExactly("/en/about-us", "/en/news?page=2", "/");
  }

  @Test
  void theNewsFiltersAreLeftOut() {
    String html =
        "<h1>News</h1>\n<form class=\"filters\" method=\"get\" action=\"/en/news\">"
            + "<select name=\"year\"><option value=\"2025\">2025</option></select></form>\n<ul>";
    assertThat(rewriter.html("en/news/index.html", html).text())
        .doesNotContain("filters")
        .contains("<h1>News</h1>")
        .contains("<ul>");
  }
}
