package org.meridian.tenancy.reset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.meridian.tenancy.office.LanguageTag;
import org.meridian.tenancy.people.Account;

class PasswordResetTest {

  private static final Instant ISSUED = Instant.parse("2026-11-27T09:00:00Z");

  private final Account account =
      new Account("awa@example.org", "Awa", new LanguageTag("en"), "{hash}");
  private final PasswordReset reset = new PasswordReset(account, ResetToken.generate(), ISSUED);

  @Test
  void aLinkWorksForOneHour() {
    assertThat(reset.expiresAt()).isEqualTo(ISSUED.plus(Duration.ofHours(1)));
    assertThat(reset.isUsable(ISSUED.plus(Duration.ofMinutes(59)))).isTrue();
    assertThat(reset.isUsable(ISSUED.plus(Duration.ofHours(1)))).isFalse();
  }

  @Test
  void anExpiredLinkCannotBeUsed() {
    assertThatThrownBy(() -> reset.use(ISSUED.plus(Duration.ofMinutes(61))))
        .isInstanceOf(InvalidResetLinkException.class)
        .hasMessageContaining("not valid");
  }

  @Test
  void aLinkWorksOnce() {
    reset.use(ISSUED.plusSeconds(60));
    assertThat(reset.isUsable(ISSUED.plusSeconds(61))).isFalse();
    assertThatThrownBy(() -> reset.use(ISSUED.plusSeconds(62)))
        .isInstanceOf(InvalidResetLinkException.class);
  }

  @Test
  void aRevokedLinkCannotBeUsedAndAUsedLinkStaysUsed() {
    PasswordReset other = new PasswordReset(account, ResetToken.generate(), ISSUED);
    other.revoke(ISSUED.plusSeconds(5));
    assertThat(other.isUsable(ISSUED.plusSeconds(6))).isFalse();

    reset.use(ISSUED.plusSeconds(5));
    reset.revoke(ISSUED.plusSeconds(6)); // no effect on a spent link
    assertThat(reset.isUsable(ISSUED.plusSeconds(7))).isFalse();
  }

  @Test
  void tokensAre32RandomBytesAndOnlyTheirDigestIsKept() {
    ResetToken token = ResetToken.generate();
    assertThat(token.value()).hasSize(43).matches("[A-Za-z0-9_-]+");
    assertThat(token.value()).isNotEqualTo(ResetToken.generate().value());
    assertThat(token.digest()).hasSize(64).isEqualTo(ResetToken.digestOf(token.value()));
    assertThat(token.digest()).doesNotContain(token.value());
    assertThat(token.toString()).doesNotContain(token.value());
  }

  @Test
  void linksUseTheConfiguredConsoleAddressNotTheRequest() {
    assertThat(ResetLinks.linkFor(Optional.of("https://cms.example.org/"), "8080", "abc"))
        .isEqualTo("https://cms.example.org/admin/reset-password.xhtml?token=abc");
    assertThat(ResetLinks.linkFor(Optional.empty(), "9090", "abc"))
        .isEqualTo("http://localhost:9090/admin/reset-password.xhtml?token=abc");
  }

  @Test
  void theMessageCarriesTheLinkAndSaysHowLongItWorks() {
    assertThat(ResetMessage.body("Awa", "awa@example.org", "http://x/link"))
        .contains("Hello Awa", "awa@example.org", "http://x/link", "within one hour", "once");
  }

  @Test
  void anInvitationLinkWorksForSevenDaysOnce() {
    PasswordReset invitation =
        new PasswordReset(account, ResetToken.generate(), LinkPurpose.INVITATION, ISSUED);
    assertThat(invitation.purpose()).isEqualTo(LinkPurpose.INVITATION);
    assertThat(reset.purpose()).isEqualTo(LinkPurpose.RESET);
    assertThat(invitation.expiresAt()).isEqualTo(ISSUED.plus(Duration.ofDays(7)));
    assertThat(invitation.isUsable(ISSUED.plus(Duration.ofDays(6)))).isTrue();
    assertThat(invitation.isUsable(ISSUED.plus(Duration.ofDays(7)))).isFalse();
    invitation.use(ISSUED.plus(Duration.ofDays(1)));
    assertThatThrownBy(() -> invitation.use(ISSUED.plus(Duration.ofDays(2))))
        .isInstanceOf(InvalidResetLinkException.class);
  }

  @Test
  void invitationLinksOpenTheWelcomePage() {
    assertThat(
            ResetLinks.linkFor(
                Optional.of("https://cms.example.org"), "8080", LinkPurpose.INVITATION, "abc"))
        .isEqualTo("https://cms.example.org/admin/welcome.xhtml?token=abc");
  }
}
