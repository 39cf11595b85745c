package org.meridian.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.meridian.content.alert.ShownAlert;
import org.meridian.tenancy.office.AccentColour;
import org.meridian.tenancy.office.LanguageTag;
import org.meridian.tenancy.office.OfficeCode;
import org.meridian.tenancy.office.OfficeContact;
import org.meridian.tenancy.office.OfficeRef;
import org.meridian.tenancy.office.OfficeStatus;
import org.meridian.tenancy.office.OfficeType;

/** The network alerts come through the layout: after the skip link, before the site's header. */
class AlertBannerTest {

  private static final LanguageTag EN = new LanguageTag("en");
  private static final LanguageTag AR = new LanguageTag("ar");

  private static SitePages.Context site(LanguageTag language, List<ShownAlert> alerts) {
    OfficeRef office =
        new OfficeRef(
            7L,
            new OfficeCode("egypt"),
            OfficeType.COUNTRY,
            OfficeStatus.ACTIVE,
            language,
            List.of(language),
            ZoneId.of("Africa/Cairo"),
            Map.of(language.value(), "Office"),
            null,
            AccentColour.DEFAULT,
            new OfficeContact(null, null, null),
            Map.of(),
            false,
            null);
    return new SitePages.Context(office, language, "/egypt").withAlerts(alerts);
  }

  @Test
  void theBannerGoesAfterTheSkipLinkAndBeforeTheHeader() {
    String shown =
        SitePages.notFound(
            site(EN, List.of(new ShownAlert(1, "en", "Appeal", "/hq/en/"))), List.of());

    assertThat(shown.indexOf("class=\"skip\"")).isLessThan(shown.indexOf("network-alert\""));
    assertThat(shown.indexOf("network-alert\"")).isLessThan(shown.indexOf("<header"));
    Document page = Jsoup.parse(shown);
    assertThat(page.select(".network-alert p").text()).isEqualTo("Appeal More about this alert");
    assertThat(page.select(".network-alert a").attr("href")).isEqualTo("/hq/en/");
    assertThat(page.select(".network-alert").attr("aria-label")).isEqualTo("Alert");
    assertThat(
            Jsoup.parse(SitePages.notFound(site(EN, List.of()), List.of()))
                .select(".network-alert"))
        .isEmpty();
  }

  @Test
  void textsAreEscapedAndATextInAnotherLanguageSaysWhichAndItsDirection() {
    String html =
        SitePages.notFound(
            site(AR, List.of(new ShownAlert(2, "en", "<script>x</script>", "javascript:x()"))),
            List.of());

    Document page = Jsoup.parse(html);
    assertThat(page.select(".network-alert").attr("aria-label")).isEqualTo("تنبيه");
    assertThat(page.select(".network-alert p").attr("lang")).isEqualTo("en");
    assertThat(page.select(".network-alert p").attr("dir")).isEqualTo("ltr");
    assertThat(page.select(".network-alert p").text()).isEqualTo("<script>x</script>");
    assertThat(html).doesNotContain("<script>x").doesNotContain("javascript:");
  }
}
