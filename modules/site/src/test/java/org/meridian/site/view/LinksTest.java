package org.meridian.site.view;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Which addresses a page may link to (read without a regular expression since issue 15 item 8). */
class LinksTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/gambia/en/",
        "/gambia/en/news?page=2",
        "?q=water",
        "#main",
        "news",
        "https://example.org/report",
        "HTTP://example.org",
        "mailto:press@example.org",
        "tel:+2201234567",
        "/media/gambia/1/w320/a.jpg 320w, /media/gambia/1/w640/a.jpg 640w"
      })
  void ownPathsAndWebMailAndPhoneAddressesAreLinks(String href) {
    assertThat(Links.safe(href)).isEqualTo(href);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "javascript:alert(1)",
        " JaVaScRiPt:alert(1)",
        "java\tscript:alert(1)",
        "java\nscript:alert(1)",
        "java\u0000script:alert(1)",
        "java\u007fscript:alert(1)",
        "vbscript:msgbox(1)",
        "data:text/html,<script>alert(1)</script>",
        "//evil.example/",
        "/\t/evil.example/",
        "   ",
        ""
      })
  void anythingElseIsNoLink(String href) {
    assertThat(Links.safe(href)).isNull();
  }
}
