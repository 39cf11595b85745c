package org.meridian.content.menu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MenuLinksTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "news",
        "our-work/data",
        "/hq/en/",
        "https://example.org/report",
        "http://example.org"
      })
  void acceptsSitePagesServerPathsAndWebAddresses(String address) {
    assertThat(MenuLinks.requireAddress(address)).isEqualTo(address);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "javascript:alert(1)",
        "//evil.example/",
        "ftp://example.org",
        "data:text/html,x",
        "News Page",
        "https://"
      })
  void refusesAnythingElse(String address) {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> MenuLinks.requireAddress(address))
        .withMessageContaining("A menu address is");
  }

  @ParameterizedTest
  @ValueSource(strings = {"news", "a/b-c"})
  void siteRelativeAddressesAreRecognised(String address) {
    assertThat(MenuLinks.isSiteRelative(address)).isTrue();
    assertThat(MenuLinks.isSiteRelative("/" + address)).isFalse();
  }
}
