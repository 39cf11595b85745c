package org.meridian.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.meridian.tenancy.office.LanguageTag;

/**
 * The address rules of an office's site on the network's address and on its own host name: absolute
 * addresses, links to its own pages and to other offices' sites.
 */
class OfficeLinksTest {

  private static final String NETWORK = "https://www.example.org";

  /** Gambia seen at {@code here}; HQ has its own host name, Senegal has none. */
  private static OfficeLinks gambia(boolean ownHost, String here) {
    return new OfficeLinks(
        "gambia",
        ownHost,
        NETWORK,
        Map.of("gambia", here, "hq", "https://hq.example.org", "senegal", NETWORK + "/senegal"));
  }

  @ParameterizedTest(name = "{0} under the prefix -> {1}, on its own host -> {2}")
  @CsvSource({
    // Its own pages: the prefix only under the network's address.
    "/gambia/en/about-us,       /gambia/en/about-us,  /en/about-us",
    "/gambia/en/,               /gambia/en/,          /en/",
    "/gambia,                   /gambia,              /",
    "/gambia?x=1,               /gambia?x=1,          /?x=1",
    "/gambia/en/news#top,       /gambia/en/news#top,  /en/news#top",
    // Already written for the request: below the language root, or another part of the server.
    "/en/about-us,              /en/about-us,         /en/about-us",
    "/media/12/photo.jpg,       /media/12/photo.jpg,  /media/12/photo.jpg",
    "/,                         /,                    /",
    // Another office with a host name of its own: always its own address.
    "/hq/en/,                   https://hq.example.org/en/,   https://hq.example.org/en/",
    "/hq/fr/qui?a=b,            https://hq.example.org/fr/qui?a=b, https://hq.example.org/fr/qui?a=b",
    // Another office without one: its path on the network's address (absolute on an own host).
    "/senegal/fr/,              /senegal/fr/,         https://www.example.org/senegal/fr/",
    // An unknown first segment, another site, a protocol-relative address: as written.
    "/gambiax/en/,              /gambiax/en/,         /gambiax/en/",
    "https://elsewhere.org/a,   https://elsewhere.org/a, https://elsewhere.org/a",
    "//evil.example/gambia/,    //evil.example/gambia/,  //evil.example/gambia/",
    "mailto:a@b.org,            mailto:a@b.org,       mailto:a@b.org",
  })
  void linksArePathsOfTheAddressTheSiteIsSeenAt(String href, String underPrefix, String ownHost) {
    assertThat(gambia(false, NETWORK + "/gambia").href(href)).isEqualTo(underPrefix);
    assertThat(gambia(true, "https://gambia.example.org").href(href)).isEqualTo(ownHost);
  }

  @ParameterizedTest(name = "{0} -> {1} / {2}")
  @CsvSource({
    "/gambia/en/about-us, https://www.example.org/gambia/en/about-us, https://gambia.example.org/en/about-us",
    "/hq/en/story,        https://hq.example.org/en/story,            https://hq.example.org/en/story",
    "/senegal/fr/,        https://www.example.org/senegal/fr/,        https://www.example.org/senegal/fr/",
  })
  void absoluteAddressesOfPathsOfTheServer(String path, String underPrefix, String ownHost) {
    assertThat(gambia(false, NETWORK + "/gambia").absolute(path)).isEqualTo(underPrefix);
    assertThat(gambia(true, "https://gambia.example.org").absolute(path)).isEqualTo(ownHost);
  }

  @ParameterizedTest(name = "Host {0} (server port {1}) -> {2}")
  @CsvSource({
    "gambia.example.org,          8080, https://gambia.example.org",
    "Gambia.Example.ORG.,         8080, https://gambia.example.org",
    "gambia.example.org:8080,     8080, https://gambia.example.org:8080",
    // A port the server does not listen on is a proxy's or made up: not part of the address.
    "gambia.example.org:443,      8080, https://gambia.example.org",
    "gambia.localhost:1234,       8080, https://gambia.localhost",
    "'gambia.localhost:80\"><x>', 8080, https://gambia.localhost",
    "gambia.example.org.:8080,    8080, https://gambia.example.org:8080",
  })
  void theOwnAddressComesFromTheHostThatRoutedToTheOffice(String host, int port, String expected) {
    assertThat(SiteAddress.ownAddress(NETWORK, host, port)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0} {1} -> {2}")
  @CsvSource(
      nullValues = "-",
      value = {
        "https://www.example.org, -,                  https://www.example.org/senegal",
        "https://www.example.org, senegal.example.sn, https://senegal.example.sn",
        "http://localhost:8080,   senegal.example.sn, http://senegal.example.sn",
      })
  void anOfficeIsAddressedByItsHostNameWhenItHasOne(
      String publicUrl, String hostName, String expected) {
    assertThat(SiteAddress.officeRoot(publicUrl, "senegal", Optional.ofNullable(hostName)))
        .isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0} + {1} -> {2}")
  @CsvSource({
    "https://www.example.org/gambia, news,  https://www.example.org/gambia/en/news",
    "https://gambia.example.org,     news,  https://gambia.example.org/en/news",
    "https://gambia.example.org,     '',    https://gambia.example.org/en/",
  })
  void officeUrlsAreBelowTheLanguageRootOfTheSitesAddress(
      String root, String path, String expected) {
    assertThat(SiteAddress.officeUrl(root, new LanguageTag("en"), path)).isEqualTo(expected);
  }
}
