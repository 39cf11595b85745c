package org.meridian.tenancy.token;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.meridian.tenancy.people.Role;

class ApiTokenTest {

  private static final String HASH = "a".repeat(64);
  private static final Instant NOON = Instant.parse("2026-11-27T12:00:00Z");

  private static ApiToken aToken() {
    return new ApiToken("Partner portal", ApiScope.READ, "mrd_abcdef", HASH, "admin@example.org");
  }

  @Test
  void aNewTokenIsUnusedAndNotRevoked() {
    ApiToken token = aToken();

    assertThat(token.name()).isEqualTo("Partner portal");
    assertThat(token.lastUsedAt()).isNull();
    assertThat(token.isRevoked()).isFalse();
    assertThat(token.displayPrefix()).isEqualTo("mrd_abcdef");
  }

  @Test
  void theNameIsRequiredStrippedAndBounded() {
    assertThat(new ApiToken("  App  ", ApiScope.READ, "mrd_abcdef", HASH, "a").name())
        .isEqualTo("App");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new ApiToken(" ", ApiScope.READ, "mrd_abcdef", HASH, "a"))
        .withMessageContaining("Give the token a name");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new ApiToken("x".repeat(101), ApiScope.READ, "mrd_abcdef", HASH, "a"))
        .withMessageContaining("at most 100");
  }

  @Test
  void onlyAHexSha256IsStored() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new ApiToken("App", ApiScope.READ, "mrd_abcdef", "mrd_secret", "a"));
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new ApiToken("App", ApiScope.READ, "mrd_abcdef", "A".repeat(64), "a"));
  }

  @Test
  void useIsRecordedAtMostOnceAMinute() {
    ApiToken token = aToken();

    assertThat(token.recordUse(NOON)).isTrue();
    assertThat(token.recordUse(NOON.plusSeconds(59))).isFalse();
    assertThat(token.lastUsedAt()).isEqualTo(NOON);
    assertThat(token.recordUse(NOON.plus(Duration.ofMinutes(1)))).isTrue();
    assertThat(token.lastUsedAt()).isEqualTo(NOON.plus(Duration.ofMinutes(1)));
  }

  @Test
  void theRecordingRuleHoldsForSnapshotsToo() {
    assertThat(ApiToken.isUseWorthRecording(null, NOON)).isTrue();
    assertThat(ApiToken.isUseWorthRecording(NOON, NOON.plusSeconds(30))).isFalse();
    assertThat(ApiToken.isUseWorthRecording(NOON, NOON.plusSeconds(60))).isTrue();
  }

  @Test
  void revokingTwiceIsRefusedWithTheFirstRevocationNamed() {
    ApiToken token = aToken();
    token.revoke(NOON, "admin@example.org");

    assertThat(token.isRevoked()).isTrue();
    assertThatIllegalStateException()
        .isThrownBy(() -> token.revoke(NOON.plusSeconds(5), "other@example.org"))
        .withMessageContaining("already revoked")
        .withMessageContaining("admin@example.org");
    assertThat(token.revokedBy()).isEqualTo("admin@example.org");
  }

  @Test
  void aRevokedTokenCannotRecordUse() {
    ApiToken token = aToken();
    token.revoke(NOON, "admin@example.org");

    assertThatIllegalStateException().isThrownBy(() -> token.recordUse(NOON.plusSeconds(120)));
  }

  @ParameterizedTest
  @EnumSource(Role.class)
  void onlyOfficeAndHqAdministratorsManageTokens(Role role) {
    assertThat(ApiTokens.mayBeManagedBy(role))
        .isEqualTo(role == Role.OFFICE_ADMIN || role == Role.HQ_ADMIN);
  }

  @Test
  void anIssuedTokenNeverPrintsItsSecret() {
    ApiTokenSummary stored =
        new ApiTokenSummary(
            7,
            "App",
            "mrd_abcdef",
            ApiScope.READ,
            "admin@example.org",
            NOON,
            null,
            null,
            null,
            NOON.plus(ApiTokens.LIFETIME),
            false,
            null);
    IssuedToken issued = new IssuedToken("mrd_" + "s".repeat(43), stored);

    assertThat(issued.toString()).doesNotContain("sss").contains("mrd_abcdef…");
    assertThat(stored.shownAs()).isEqualTo("mrd_abcdef…");
    assertThat(stored.revoked()).isFalse();
  }

  @Test
  void aTokenWorksUntilItExpiresAYearAfterItWasIssued() {
    ApiTokenSummary token =
        new ApiTokenSummary(
            7,
            "App",
            "mrd_abcdef",
            ApiScope.READ,
            "admin@example.org",
            NOON,
            null,
            null,
            null,
            NOON.plus(ApiTokens.LIFETIME),
            false,
            null);

    assertThat(ApiTokens.LIFETIME).isEqualTo(java.time.Duration.ofDays(365));
    assertThat(token.expiredAt(NOON)).isFalse();
    assertThat(token.expiredAt(NOON.plus(ApiTokens.LIFETIME).minusSeconds(1))).isFalse();
    assertThat(token.expiredAt(NOON.plus(ApiTokens.LIFETIME))).isTrue();
    assertThat(
            new ApiTokenSummary(
                    7,
                    "App",
                    "mrd_abcdef",
                    ApiScope.READ,
                    "a@example.org",
                    NOON,
                    null,
                    null,
                    null,
                    null,
                    false,
                    null)
                .expiredAt(NOON.plus(java.time.Duration.ofDays(10_000))))
        .as("a token without an expiry date (none is issued so any more)")
        .isFalse();
  }
}
