package org.meridian.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.meridian.content.alert.ShownAlert;
import org.meridian.tenancy.office.LanguageTag;

class AlertBannerTest {

  private static final LanguageTag EN = new LanguageTag("en");
  private static final LanguageTag AR = new LanguageTag("ar");

  @Test
  void theBannerGoesAfterTheSkipLinkAndBeforeTheHeaderWithItsStyleInTheHead() {
    String page =
        "<html><head><style>a{}</style></head><body><a class=\"skip\" href=\"#main\">Skip</a>"
            + "<header>Office</header><main id=\"main\"></main></body></html>";

    String shown =
        AlertBanner.into(page, List.of(new ShownAlert(1, "en", "Appeal", "/hq/en/")), EN);

    assertThat(shown.indexOf(".network-alert{")).isLessThan(shown.indexOf("</head>"));
    assertThat(shown.indexOf("Skip</a>")).isLessThan(shown.indexOf("network-alert\" role"));
    assertThat(shown.indexOf("network-alert\" role")).isLessThan(shown.indexOf("<header>"));
    assertThat(shown).contains("<p>Appeal <a href=\"/hq/en/\">More about this alert</a></p>");
    assertThat(AlertBanner.into(page, List.of(), EN)).isSameAs(page);
  }

  @Test
  void textsAreEscapedAndATextInAnotherLanguageSaysWhichAndItsDirection() {
    String html = AlertBanner.html(List.of(new ShownAlert(2, "en", "<script>x</script>", "")), AR);

    assertThat(html)
        .contains("aria-label=\"تنبيه\"")
        .contains("<p lang=\"en\" dir=\"ltr\">&lt;script&gt;x&lt;/script&gt;</p>")
        .doesNotContain("<script>");
  }
}
