package org.meridian.tenancy.invitation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.meridian.tenancy.people.Role;

class InvitationMessageTest {

  @Test
  void theInvitationCarriesTheLinkAndSaysHowLongItWorks() {
    assertThat(
            InvitationMessage.invitation(
                "Awa", "Meridian in The Gambia", Role.EDITOR, "http://x/welcome", 7))
        .contains("Hello Awa", "Meridian in The Gambia", "an editor", "http://x/welcome")
        .contains("within 7 days", "works once");
  }

  @Test
  void theNoticeHasNoLinkButTheConsole() {
    assertThat(
            InvitationMessage.notice(
                "Awa", "Meridian au Sénégal", Role.OFFICE_ADMIN, "http://x/admin/"))
        .contains("Hello Awa", "Meridian au Sénégal", "an office administrator", "http://x/admin/")
        .doesNotContain("token");
  }
}
