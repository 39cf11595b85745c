package org.meridian.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.HttpServletResponse;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
        .contains("connect-src 'self';")
        .contains("base-uri 'none'");
  }

  @Test
  void theConsolePolicyRunsNoInlineScriptWithoutThePagesNonce() {
    String policy = SecurityHeadersFilter.consolePolicy(null);
    assertThat(scriptSources(policy)).isEqualTo("'self'");
    assertThat(policy)
        .startsWith("default-src 'self'")
        .doesNotContain("unsafe-eval")
        .contains("object-src 'none'")
        .contains("frame-ancestors 'self'")
        .contains("base-uri 'self'")
        .contains("form-action 'self'");
    assertThat(scriptSources(SecurityHeadersFilter.consolePolicy("YWJj+/=")))
        .isEqualTo("'self' 'nonce-YWJj+/='");
  }

  @Test
  void primeFacesPolicyBecomesTheConsolesWithItsNonce() {
    Map<String, List<String>> headers = new LinkedHashMap<>();
    HttpServletResponse response = recording(headers);
    SecurityHeadersFilter.ConsoleResponse console =
        new SecurityHeadersFilter.ConsoleResponse(response);
    console.setHeader("Content-Security-Policy", SecurityHeadersFilter.consolePolicy(null));
    console.addHeader("Content-Security-Policy", "script-src 'self' 'nonce-MTIzNDU2Nzg=';");
    console.addHeader("Vary", "Accept-Encoding");

    assertThat(headers.get("Content-Security-Policy"))
        .containsExactly(SecurityHeadersFilter.consolePolicy("MTIzNDU2Nzg="));
    assertThat(headers.get("Vary")).containsExactly("Accept-Encoding");
  }

  @Test
  void aNonceThatIsNotBase64IsNotWrittenIntoThePolicy() {
    Map<String, List<String>> headers = new LinkedHashMap<>();
    new SecurityHeadersFilter.ConsoleResponse(recording(headers))
        .addHeader("Content-Security-Policy", "script-src 'nonce-x'; script-src * 'unsafe-inline'");
    assertThat(scriptSources(headers.get("Content-Security-Policy").get(0)))
        .isEqualTo("'self' 'nonce-x'");
    new SecurityHeadersFilter.ConsoleResponse(recording(headers))
        .addHeader("Content-Security-Policy", "script-src 'nonce-a;b'");
    assertThat(scriptSources(headers.get("Content-Security-Policy").get(0))).isEqualTo("'self'");
  }

  private static String scriptSources(String policy) {
    return java.util.Arrays.stream(policy.split(";"))
        .map(String::strip)
        .filter(d -> d.startsWith("script-src "))
        .map(d -> d.substring("script-src ".length()))
        .findFirst()
        .orElseThrow();
  }

  /** A response that only records its headers (set replaces, add appends). */
  private static HttpServletResponse recording(Map<String, List<String>> headers) {
    return (HttpServletResponse)
        Proxy.newProxyInstance(
            SecurityHeadersFilterTest.class.getClassLoader(),
            new Class<?>[] {HttpServletResponse.class},
            (proxy, method, args) -> {
              switch (method.getName()) {
                case "setHeader" -> {
                  List<String> values = new ArrayList<>();
                  values.add((String) args[1]);
                  headers.put((String) args[0], values);
                }
                case "addHeader" ->
                    headers
                        .computeIfAbsent((String) args[0], k -> new ArrayList<>())
                        .add((String) args[1]);
                default -> {
                  // nothing else is asked
                }
              }
              return null;
            });
  }
}
