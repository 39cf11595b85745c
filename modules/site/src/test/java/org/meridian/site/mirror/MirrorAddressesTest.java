package org.meridian.site.mirror;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MirrorAddressesTest {

  private final MirrorAddresses addresses = new MirrorAddresses("logo.png");

  @ParameterizedTest(name = "{0} is {1}")
  @CsvSource({
    "/,                               index.html",
    "/en/,                            en/index.html",
    "/en/about-us,                    en/about-us/index.html",
    "/en/our-work/projects,           en/our-work/projects/index.html",
    "/en/news?page=2,                 en/news/page/2/index.html",
    "/en/news?page=1,                 en/news/index.html",
    "/en/events/past?page=3#x,        en/events/past/page/3/index.html",
    "/en/news?year=2025&theme=water,  en/news/theme/water/year/2025/index.html",
    "/en/news?theme=a/../b,           en/news/theme/a____b/index.html",
    "/en/feed.rss,                    en/feed.rss",
    "/sitemap.xml,                    sitemap.xml",
    "/logo?v=0123456789abcdef,        logo.png",
    "/_assets/site.3f9a.css,          _assets/site.3f9a.css",
    "/media/hq/12/w640/photo.jpg,     media/hq/12/w640/photo.jpg"
  })
  void eachAddressHasItsFile(String address, String file) {
    assertThat(addresses.file(address)).hasValue(file);
  }

  @ParameterizedTest(name = "{0} is not an address of the site")
  @CsvSource({
    "//elsewhere.example.org/x",
    "https://elsewhere.example.org/",
    "?page=2",
    "/en/../../etc"
  })
  void otherAddressesAreNot(String address) {
    assertThat(addresses.file(address)).isEmpty();
  }

  @ParameterizedTest(name = "from {0} to {1}: {2}")
  @CsvSource({
    "en/index.html,               en/index.html,              ./",
    "en/index.html,               en/news/index.html,         news/",
    "en/news/index.html,          en/about-us/index.html,     ../about-us/",
    "en/news/page/2/index.html,   en/news/index.html,         ../../",
    "en/about-us/index.html,      fr/a-propos/index.html,     ../../fr/a-propos/",
    "en/about-us/index.html,      _assets/site.css,           ../../_assets/site.css",
    "en/index.html,               en/feed.rss,                feed.rss",
    "en/index.html,               index.html,                 ../",
    "index.html,                  en/index.html,              en/",
    "en/x/index.html,             en/x.jpg,                   ../x.jpg"
  })
  void linksAreRelative(String from, String to, String link) {
    assertThat(MirrorAddresses.relative(from, to, null)).isEqualTo(link);
  }

  @org.junit.jupiter.api.Test
  void aFragmentStays() {
    assertThat(MirrorAddresses.relative("en/index.html", "en/index.html", "main"))
        .isEqualTo("./#main");
  }
}
