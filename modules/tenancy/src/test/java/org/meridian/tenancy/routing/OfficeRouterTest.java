package org.meridian.tenancy.routing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import org.meridian.tenancy.office.OfficeCode;

class OfficeRouterTest {

  private static OfficeCode code(String value) {
    return new OfficeCode(value);
  }

  /** A router over offices gambia, senegal and hq; gambia also answers on its own host name. */
  private static OfficeRouter router() {
    return router(Map.of("gambia.example.org", "gambia"), Set.of("gambia", "senegal", "hq"));
  }

  private static OfficeRouter router(Map<String, String> hostNames, Set<String> offices) {
    return new OfficeRouter(
        host -> Optional.ofNullable(hostNames.get(host)).map(OfficeCode::new),
        office -> offices.contains(office.value()));
  }

  @Test
  void routesAConfiguredHostNameAndKeepsTheWholePath() {
    OfficeRoute route = router().route("gambia.example.org", "/en/about-us").orElseThrow();

    assertThat(route.office()).isEqualTo(code("gambia"));
    assertThat(route.byHost()).isTrue();
    assertThat(route.remainingPath()).isEqualTo("/en/about-us");
    assertThat(route.basePath()).isEmpty();
  }

  @Test
  void configuredHostNamesAreMatchedWithoutPortCaseOrSurroundingSpace() {
    assertThat(router().route(" Gambia.Example.ORG:443 ", "/en/"))
        .map(OfficeRoute::office)
        .contains(code("gambia"));
  }

  @Test
  void theFullyQualifiedFormOfAHostNameIsTheSameHost() {
    assertThat(router().route("gambia.example.org.", "/en/"))
        .map(OfficeRoute::office)
        .hasValue(new org.meridian.tenancy.office.OfficeCode("gambia"));
  }

  @Test
  void hostRoutingWinsOverThePathPrefix() {
    OfficeRoute route = router().route("gambia.example.org", "/senegal/fr/").orElseThrow();

    assertThat(route.office()).isEqualTo(code("gambia"));
    assertThat(route.remainingPath()).isEqualTo("/senegal/fr/");
  }

  @Test
  void routesCodeDotLocalhostWithoutPort() {
    OfficeRoute route = router().route("senegal.localhost", "/fr/").orElseThrow();

    assertThat(route.office()).isEqualTo(code("senegal"));
    assertThat(route.byHost()).isTrue();
    assertThat(route.remainingPath()).isEqualTo("/fr/");
    assertThat(route.basePath()).isEmpty();
  }

  @Test
  void routesCodeDotLocalhostWithPort() {
    OfficeRoute route = router().route("senegal.localhost:8080", "/fr/news").orElseThrow();

    assertThat(route.office()).isEqualTo(code("senegal"));
    assertThat(route.byHost()).isTrue();
    assertThat(route.remainingPath()).isEqualTo("/fr/news");
  }

  @Test
  void unknownOfficeDotLocalhostFallsBackToThePathPrefix() {
    OfficeRoute route = router().route("nowhere.localhost:8080", "/gambia/en/").orElseThrow();

    assertThat(route.office()).isEqualTo(code("gambia"));
    assertThat(route.byHost()).isFalse();
  }

  @Test
  void bareLocalhostIsNotAnOffice() {
    OfficeRoute route = router().route("localhost:8080", "/senegal/fr/").orElseThrow();

    assertThat(route.office()).isEqualTo(code("senegal"));
    assertThat(route.byHost()).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"[::1]:8080", "[::1]", "[2001:db8::1]:443"})
  void ipv6HostsFallBackToThePathPrefix(String host) {
    OfficeRoute route = router().route(host, "/gambia/en/x").orElseThrow();

    assertThat(route.office()).isEqualTo(code("gambia"));
    assertThat(route.byHost()).isFalse();
    assertThat(route.remainingPath()).isEqualTo("/en/x");
  }

  @Test
  void ipv6HostIsLookedUpWithoutItsPort() {
    OfficeRouter router = router(Map.of("[::1]", "hq"), Set.of("hq"));

    assertThat(router.route("[::1]:8080", "/en/")).map(OfficeRoute::office).contains(code("hq"));
  }

  @Test
  void unknownHostFallsBackToThePathPrefix() {
    OfficeRoute route = router().route("www.example.com", "/gambia/en/x").orElseThrow();

    assertThat(route.office()).isEqualTo(code("gambia"));
    assertThat(route.byHost()).isFalse();
    assertThat(route.remainingPath()).isEqualTo("/en/x");
    assertThat(route.basePath()).isEqualTo("/gambia");
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {" "})
  void missingHostFallsBackToThePathPrefix(String host) {
    assertThat(router().route(host, "/hq/en/")).map(OfficeRoute::office).contains(code("hq"));
  }

  @Test
  void officePrefixAloneOrWithSlashLeavesTheRootAsRemainingPath() {
    assertThat(router().route("example.com", "/gambia"))
        .map(OfficeRoute::remainingPath)
        .contains("/");
    assertThat(router().route("example.com", "/gambia/"))
        .map(OfficeRoute::remainingPath)
        .contains("/");
  }

  @Test
  void unknownOfficeIsEmpty() {
    assertThat(router().route("example.com", "/mali/fr/")).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"/GAMBIA/", "/../", "/a/", "/gam bia/", "/-gambia/", "/9gambia/", "//"})
  void malformedOfficeCodeIsEmpty(String path) {
    assertThat(router().route("example.com", path)).isEmpty();
  }

  @Test
  void rootWithoutHostOfficeIsEmpty() {
    assertThat(router().route("example.com", "/")).isEmpty();
    assertThat(router().route("example.com", "")).isEmpty();
    assertThat(router().route("example.com", null)).isEmpty();
  }

  @Test
  void hostRouteOfAnEmptyPathIsTheRoot() {
    assertThat(router().route("gambia.example.org", null))
        .map(OfficeRoute::remainingPath)
        .contains("/");
    assertThat(router().route("gambia.example.org", ""))
        .map(OfficeRoute::remainingPath)
        .contains("/");
  }
}
