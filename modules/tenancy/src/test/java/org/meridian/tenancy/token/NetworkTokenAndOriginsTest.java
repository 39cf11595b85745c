package org.meridian.tenancy.token;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.meridian.tenancy.office.AccentColour;
import org.meridian.tenancy.office.LanguageTag;
import org.meridian.tenancy.office.OfficeCode;
import org.meridian.tenancy.office.OfficeContact;
import org.meridian.tenancy.office.OfficeRef;
import org.meridian.tenancy.office.OfficeStatus;
import org.meridian.tenancy.office.OfficeType;
import org.meridian.tenancy.permission.OfficeAction;
import org.meridian.tenancy.permission.PermissionRule;

/** HQ's network token, per-token rate limits and the web origins allowed to read the API. */
class NetworkTokenAndOriginsTest {

  private static final OfficeRef HQ = office(1, "hq", OfficeType.HQ, null);
  private static final OfficeRef GAMBIA = office(5, "gambia", OfficeType.COUNTRY, "hq");
  private static final OfficeRef SENEGAL = office(6, "senegal", OfficeType.COUNTRY, "hq");

  private static OfficeRef office(long id, String code, OfficeType type, String parent) {
    LanguageTag en = new LanguageTag("en");
    return new OfficeRef(
        id,
        new OfficeCode(code),
        type,
        OfficeStatus.ACTIVE,
        en,
        List.of(en),
        ZoneId.of("UTC"),
        Map.of(),
        parent == null ? null : new OfficeCode(parent),
        AccentColour.DEFAULT,
        new OfficeContact(null, null, null),
        Map.of(),
        type == OfficeType.REGIONAL,
        null);
  }

  private static ApiToken token() {
    return new ApiToken("Aggregator", ApiScope.WRITE, "mrd_abcdef", "a".repeat(64), "hq.admin@x");
  }

  @Test
  void onlyHqsTokenIsANetworkToken() {
    assertThat(token().actingOnTheNetwork(HQ).isNetwork()).isTrue();
    assertThatThrownBy(() -> token().actingOnTheNetwork(GAMBIA))
        .hasMessageContaining("Only HQ issues network tokens");
  }

  @Test
  void anOfficesTokenActsAsAnEditorOfItsOwnOfficeOnly() {
    AuthenticatedToken own = new AuthenticatedToken(7, "App", GAMBIA, ApiScope.WRITE);
    assertThat(own.roles()).hasSize(1);
    assertThat(PermissionRule.decide(own.roles(), GAMBIA, OfficeAction.TRASH)).isTrue();
    assertThat(PermissionRule.decide(own.roles(), GAMBIA, OfficeAction.MANAGE_TRASH)).isFalse();
    assertThat(PermissionRule.decide(own.roles(), SENEGAL, OfficeAction.TRASH)).isFalse();
    assertThatThrownBy(() -> own.actingOn(SENEGAL)).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(
            () -> new AuthenticatedToken(7, "App", GAMBIA, SENEGAL, ApiScope.READ, false, null))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theNetworkTokenActsOnTheOfficeTheRequestNamesAsHqsAdministratorsDo() {
    AuthenticatedToken network =
        new AuthenticatedToken(9, "Aggregator", HQ, HQ, ApiScope.WRITE, true, 60).actingOn(SENEGAL);
    assertThat(network.office()).isEqualTo(SENEGAL);
    assertThat(network.issuer()).isEqualTo(HQ);
    assertThat(network.requestsPerMinute()).isEqualTo(60);
    assertThat(PermissionRule.decide(network.roles(), SENEGAL, OfficeAction.MANAGE_TRASH)).isTrue();
    assertThat(PermissionRule.decide(network.roles(), SENEGAL, OfficeAction.SCHEDULE)).isTrue();
  }

  @ParameterizedTest
  @CsvSource({"0", "-1", "100001"})
  void aTokensOwnRateLimitIsBounded(int perMinute) {
    assertThatThrownBy(() -> token().limitedTo(perMinute))
        .hasMessageContaining("between 1 and 100000");
  }

  @Test
  void aTokenWithoutALimitOfItsOwnFollowsTheServer() {
    assertThat(token().limitedTo(null).requestsPerMinute()).isNull();
    assertThat(token().limitedTo(30).requestsPerMinute()).isEqualTo(30);
  }

  @ParameterizedTest
  @CsvSource({
    "https://news.example.org, https://news.example.org",
    "HTTPS://News.Example.org/, https://news.example.org",
    "https://news.example.org:443, https://news.example.org",
    "http://localhost:8081, http://localhost:8081",
  })
  void anOriginIsWrittenOneWay(String given, String stored) {
    assertThat(new WebOrigin(given).value()).isEqualTo(stored);
    assertThat(new WebOrigin(given).matches(stored)).isTrue();
  }

  @ParameterizedTest
  @CsvSource({
    "*",
    "https://*.example.org",
    "news.example.org",
    "ftp://news.example.org",
    "https://news.example.org/path",
    "https://user@news.example.org",
    "https://news.example.org?q=1",
    "''",
  })
  void aWildcardPathOrOtherSchemeIsRefused(String given) {
    assertThatThrownBy(() -> new WebOrigin(given)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void anOriginMatchesOnlyItself() {
    WebOrigin origin = new WebOrigin("https://news.example.org");
    assertThat(origin.matches("https://news.example.org.evil.example")).isFalse();
    assertThat(origin.matches("http://news.example.org")).isFalse();
    assertThat(origin.matches("null")).isFalse();
    assertThat(origin.matches(null)).isFalse();
  }

  @Test
  void anOfficeNamesAtMostTwentyOriginsEachOnce() {
    AllowedOrigins allowed =
        new AllowedOrigins(
            List.of(
                new WebOrigin("https://a.example.org"), new WebOrigin("https://A.example.org/")),
            "admin@x");
    assertThat(allowed.origins())
        .extracting(WebOrigin::value)
        .containsExactly("https://a.example.org");
    List<WebOrigin> many =
        java.util.stream.IntStream.range(0, 21)
            .mapToObj(i -> new WebOrigin("https://s" + i + ".example.org"))
            .toList();
    assertThatThrownBy(() -> allowed.change(many, "admin@x")).hasMessageContaining("at most 20");
  }
}
