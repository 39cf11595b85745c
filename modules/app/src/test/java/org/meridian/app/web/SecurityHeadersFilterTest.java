package org.meridian.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which headers a path gets: the console's, the public sites', or only the common ones. */
class SecurityHeadersFilterTest {

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource({
    "/admin/,                                         CONSOLE",
    "/admin,                                          CONSOLE",
    "/admin/content/edit.xhtml,                       CONSOLE",
    "/j_security_check,                               CONSOLE",
    "/jakarta.faces.resource/admin/console.css.xhtml, OTHER",
    "/gambia/en/,                                     SITE",
    "/gambia/en/news,                                 SITE",
    "/,                                               SITE",
    "/sitemap.xml,                                    SITE",
    "/api/v1/offices,                                 OTHER",
    "/health,                                         OTHER",
    "/media/gambia/3/original/photo.jpg,              OTHER",
    "/administration-of-the-site,                     SITE"
  })
  void theAreaOfAPath(String path, SecurityHeadersFilter.Area area) {
    assertThat(SecurityHeadersFilter.Area.of(path)).isEqualTo(area);
  }

  @Test
  void thePublicPolicyLetsNoScriptRunAndNothingLoadFromElsewhere() {
    assertThat(SecurityHeadersFilter.SITE_POLICY)
        .startsWith("default-src 'none'")
        .doesNotContain("script-src")
        .doesNotContain("unsafe-eval")
        .contains("frame-ancestors 'self'")
        .contains("base-uri 'none'");
  }
}
