package org.meridian.content;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Embedded players survive only from allowed hosts, over https, with a few plain attributes. */
class RichTextEmbedTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ",
        "https://www.youtube.com/embed/dQw4w9WgXcQ?start=30",
        "https://player.vimeo.com/video/76979871"
      })
  void keepsPlayersFromAllowedHosts(String src) {
    String clean =
        RichText.sanitize(
            "<iframe src=\""
                + src
                + "\" title=\"Interview\" width=\"560\" height=\"315\" allowfullscreen></iframe>");

    assertThat(clean)
        .startsWith("<iframe")
        .contains("src=\"" + src.replace("=", "&#61;") + "\"")
        .contains("title=\"Interview\"")
        .contains("width=\"560\"")
        .contains("height=\"315\"")
        .contains("allowfullscreen");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        // other hosts, look-alike hosts, plain http, other YouTube pages
        "<iframe src=\"https://evil.example/embed/x\"></iframe>",
        "<iframe src=\"https://www.youtube.com.evil.example/embed/x\"></iframe>",
        "<iframe src=\"https://evil.example/?https://www.youtube.com/embed/x\"></iframe>",
        "<iframe src=\"http://www.youtube.com/embed/dQw4w9WgXcQ\"></iframe>",
        "<iframe src=\"https://www.youtube.com/watch?v=dQw4w9WgXcQ\"></iframe>",
        "<iframe src=\"//www.youtube.com/embed/dQw4w9WgXcQ\"></iframe>",
        "<iframe src=\"https://user@www.youtube.com/embed/x\"></iframe>",
        "<iframe src=\"https://player.vimeo.com/video/abc\"></iframe>",
        // script and data addresses, however they are spelled
        "<iframe src=\"javascript:alert(1)\"></iframe>",
        "<iframe src=\"JaVaScRiPt:alert(1)\"></iframe>",
        "<iframe src=\"jav&#x09;ascript:alert(1)\"></iframe>",
        "<iframe src=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\"></iframe>",
        "<iframe srcdoc=\"<script>alert(1)</script>\"></iframe>",
        "<iframe></iframe>",
        "<iframe title=\"src\"></iframe>"
      })
  void dropsEveryOtherFrame(String html) {
    String clean = RichText.sanitize(html + "<p>After</p>");

    assertThat(clean).isEqualTo("<p>After</p>");
  }

  @Test
  void dropsEveryOtherAttributeOfAnAllowedPlayer() {
    String clean =
        RichText.sanitize(
            "<iframe src=\"https://www.youtube-nocookie.com/embed/abc\" onload=\"alert(1)\""
                + " style=\"position:fixed\" srcdoc=\"x\" sandbox=\"allow-scripts\""
                + " allow=\"camera\" name=\"n\" width=\"100;x\" height=\"javascript:1\"></iframe>");

    assertThat(clean)
        .contains("src=\"https://www.youtube-nocookie.com/embed/abc\"")
        .doesNotContain("onload")
        .doesNotContain("alert")
        .doesNotContain("style")
        .doesNotContain("srcdoc")
        .doesNotContain("sandbox")
        .doesNotContain("allow=")
        .doesNotContain("name=")
        .doesNotContain("width")
        .doesNotContain("height");
  }

  @Test
  void contentInsideAFrameIsNotMarkup() {
    String clean =
        RichText.sanitize(
            "<iframe src=\"https://player.vimeo.com/video/1\"><script>alert(1)</script>"
                + "<img src=x onerror=alert(2)></iframe>");

    assertThat(clean).doesNotContain("<script").doesNotContain("onerror").doesNotContain("<img");
  }

  /** Inputs in the style of the OWASP XSS filter evasion cheat sheet. */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "<SCRIPT SRC=https://evil.example/xss.js></SCRIPT>",
        "<IMG SRC=\"javascript:alert('XSS');\">",
        "<IMG SRC=JaVaScRiPt:alert('XSS')>",
        "<IMG SRC=`javascript:alert(\"RSnake says, 'XSS'\")`>",
        "<a onmouseover=\"alert(document.cookie)\">xxs link</a>",
        "<IMG \"\"\"><SCRIPT>alert(\"XSS\")</SCRIPT>\"\\>",
        "<IMG SRC=/ onerror=\"alert(String.fromCharCode(88,83,83))\"></img>",
        "<a href=\"&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)\">x</a>",
        "<a href=\"jav&#x0A;ascript:alert('XSS');\">x</a>",
        "<a href=\" &#14;  javascript:alert('XSS');\">x</a>",
        "<SCRIPT/XSS SRC=\"https://evil.example/xss.js\"></SCRIPT>",
        "<BODY onload!#$%&()*~+-_.,:;?@[/|\\]^`=alert(\"XSS\")>",
        "<<SCRIPT>alert(\"XSS\");//\\<</SCRIPT>",
        "<svg/onload=alert('XSS')>",
        "<iframe src=https://evil.example/scriptlet.html <",
        "<INPUT TYPE=\"IMAGE\" SRC=\"javascript:alert('XSS');\">",
        "<BODY BACKGROUND=\"javascript:alert('XSS')\">",
        "<svg><script>alert(1)</script></svg>",
        "<LINK REL=\"stylesheet\" HREF=\"javascript:alert('XSS');\">",
        "<META HTTP-EQUIV=\"refresh\" CONTENT=\"0;url=javascript:alert('XSS');\">",
        "<TABLE BACKGROUND=\"javascript:alert('XSS')\"><tr><td>x</td></tr></TABLE>",
        "<DIV STYLE=\"background-image: url(javascript:alert('XSS'))\">x</DIV>",
        "<OBJECT TYPE=\"text/x-scriptlet\" DATA=\"https://evil.example/scriptlet.html\"></OBJECT>",
        "<EMBED SRC=\"data:image/svg+xml;base64,PHN2ZyB4bWxuczpzdmc9Imh0dH A6Ly93d3cudzMub3JnLzIwMDAvc3ZnIiB4bWxucz0iaHR0cDovL3d3dy53My5vcmcv\">",
        "<a href=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\">x</a>",
        "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)></style></mglyph></table></mtext></math>",
        "<form action=\"javascript:alert(1)\"><button>x</button></form>",
        "<a href=\"vbscript:msgbox(1)\">x</a>"
      })
  void hostileMarkupNeverSurvives(String html) {
    String clean = RichText.sanitize(html).toLowerCase(java.util.Locale.ROOT);

    assertThat(clean)
        .doesNotContain("<script")
        .doesNotContain("javascript:")
        .doesNotContain("vbscript:")
        .doesNotContain("data:")
        .doesNotContain("onerror")
        .doesNotContain("onload")
        .doesNotContain("onmouseover")
        .doesNotContain("<svg")
        .doesNotContain("<object")
        .doesNotContain("<embed")
        .doesNotContain("<link")
        .doesNotContain("<meta")
        .doesNotContain("<form")
        .doesNotContain("<input")
        .doesNotContain("<style")
        .doesNotContain("evil.example");
  }
}
