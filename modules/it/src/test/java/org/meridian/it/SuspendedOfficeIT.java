package org.meridian.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Nobody works in a suspended office. The demo network's Mali office is suspended from the start
 * and has one editor, who belongs to no other office.
 */
@ExtendWith(MeridianServer.class)
class SuspendedOfficeIT {

  private static final String MALI_EDITOR = "mali.editor@meridian.example.org";

  @Test
  void someoneWhoseOnlyOfficeIsSuspendedIsToldSoAndSeesNoOfficeData() {
    Browser browser = new Browser(MeridianServer.server());
    HttpResponse<String> console =
        SignIn.as(browser, MALI_EDITOR, MeridianServer.DEMO_PASSWORD, "127.0.0.1");
    assertThat(console.statusCode()).isEqualTo(200);
    assertThat(console.uri().getPath()).isEqualTo("/admin/index.xhtml");
    Document page = Jsoup.parse(console.body());
    assertThat(page.select("#closed").text()).contains("mali").contains("is suspended");
    assertThat(page.select("#content")).isEmpty();
    assertThat(page.select("#office option")).isEmpty();
    assertThat(console.body()).doesNotContain("Exception");

    Document asked = Jsoup.parse(browser.get("/admin/index.xhtml?office=mali").body());
    assertThat(asked.select("#closed")).hasSize(1);
    assertThat(asked.select("#content")).isEmpty();
  }

  @Test
  void hqAdministratorsWorkInHqAsBefore() {
    Browser browser = new Browser(MeridianServer.server());
    HttpResponse<String> console =
        SignIn.as(
            browser, "hq.admin@meridian.example.org", MeridianServer.DEMO_PASSWORD, "127.0.0.1");
    Document page = Jsoup.parse(console.body());
    assertThat(page.select("#closed")).isEmpty();
    assertThat(page.select("#content")).hasSize(1);
    assertThat(page.select("#outbox")).hasSize(1);
  }
}
