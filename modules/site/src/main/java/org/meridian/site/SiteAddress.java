package org.meridian.site;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The public address of the sites ({@code MERIDIAN_SITE_PUBLIC_URL}, e.g. {@code
 * https://www.example.org}), used for canonical links, feeds and sitemaps; by default {@code
 * http://localhost:<MERIDIAN_PORT>}.
 */
@ApplicationScoped
public class SiteAddress {

  @Inject
  @ConfigProperty(name = "meridian.site.public-url")
  Optional<String> configured;

  @Inject
  @ConfigProperty(name = "meridian.port", defaultValue = "8080")
  String port;

  /**
   * The absolute address of {@code path} below an office's language root, in the path form ({@code
   * https://www.example.org/gambia/en/news}). Every canonical link, alternate, feed and sitemap
   * address of an office is made here, so that an office's own host names can drive them in one
   * place.
   */
  static String officeUrl(
      String publicUrl,
      String officeCode,
      org.meridian.tenancy.office.LanguageTag language,
      String path) {
    return publicUrl + "/" + officeCode + "/" + language.value() + "/" + path;
  }

  public String publicUrl() {
    return configured
        .map(String::strip)
        .filter(url -> url.startsWith("http://") || url.startsWith("https://"))
        .map(url -> url.endsWith("/") ? url.substring(0, url.length() - 1) : url)
        .orElse("http://localhost:" + port);
  }
}
