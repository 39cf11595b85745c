package org.meridian.it;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The console's office switcher: HQ administrators may work in any active office of the network;
 * everyone else only in the offices they are members of, whatever the address asks for.
 */
@ExtendWith(MeridianServer.class)
class OfficeSwitcherIT {

  private static String office(Document page) {
    return page.select("p").stream()
        .map(p -> p.text())
        .filter(t -> t.startsWith("Office "))
        .findFirst()
        .orElse("");
  }

  @Test
  void anHqAdministratorSwitchesIntoAnyActiveOffice() {
    ConsoleSession hq = ConsoleSession.signIn("hq.admin@meridian.example.org");
    Document home = hq.open("/admin/index.xhtml");
    assertThat(office(home)).startsWith("Office hq");
    assertThat(home.select("#office option").eachAttr("value"))
        .contains("hq", "gambia", "senegal")
        .doesNotContain("mali");

    Document gambia = hq.open("/admin/index.xhtml?office=gambia");
    assertThat(office(gambia)).startsWith("Office gambia");
    assertThat(gambia.select("#office option[selected]").attr("value")).isEqualTo("gambia");
    assertThat(gambia.select("#content a.edit-link").eachText()).isNotEmpty();

    // A suspended office stays closed, even to HQ: the switch is ignored.
    assertThat(office(hq.open("/admin/index.xhtml?office=mali"))).startsWith("Office gambia");
  }

  @Test
  void anOfficeEditorCannotSwitchIntoAnotherOffice() {
    ConsoleSession editor = ConsoleSession.signIn("gambia.editor@meridian.example.org");
    Document asked = editor.open("/admin/index.xhtml?office=senegal");
    assertThat(office(asked)).startsWith("Office gambia");
    assertThat(asked.select("#office option")).isEmpty();
    Document senegalOnly = editor.open("/admin/index.xhtml?office=senegal&q=Thi%C3%A8s");
    assertThat(senegalOnly.text()).doesNotContain("Office senegal");

    // A publisher of two offices switches between those two only.
    ConsoleSession publisher = ConsoleSession.signIn(ReviewedPublishing.PUBLISHER);
    assertThat(publisher.open("/admin/index.xhtml").select("#office option").eachAttr("value"))
        .containsExactlyInAnyOrder("gambia", "senegal");
    assertThat(office(publisher.open("/admin/index.xhtml?office=hq")))
        .doesNotStartWith("Office hq");
  }
}
