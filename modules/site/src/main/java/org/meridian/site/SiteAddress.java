package org.meridian.site;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.meridian.tenancy.office.OfficeDirectory;
import org.meridian.tenancy.office.OfficeRef;

/**
 * The public address of the sites ({@code MERIDIAN_SITE_PUBLIC_URL}, e.g. {@code
 * https://www.example.org}), used for canonical links, feeds and sitemaps; by default {@code
 * http://localhost:<MERIDIAN_PORT>}. An office with host names of its own is addressed by them on
 * its own host (see docs/content.md, "Own host names").
 */
@ApplicationScoped
public class SiteAddress {

  @Inject
  @ConfigProperty(name = "meridian.site.public-url")
  Optional<String> configured;

  @Inject
  @ConfigProperty(name = "meridian.port", defaultValue = "8080")
  String port;

  @Inject OfficeDirectory offices;

  /**
   * The absolute address of {@code path} below the language root of an office's site whose root is
   * {@code root}: {@code https://www.example.org/gambia} under the network's address, {@code
   * https://gambia.example.org} on its own host name (see {@link #ownAddress}). Every canonical
   * link, alternate, feed and sitemap address of an office is made here.
   */
  static String officeUrl(
      String root, org.meridian.tenancy.office.LanguageTag language, String path) {
    return root + "/" + language.value() + "/" + path;
  }

  /**
   * The address of an office's site served on its own host name, from the request's {@code Host}
   * header (which routed to the office, so its name is one of the office's): the scheme of {@code
   * publicUrl}, the host name in lower case without a final dot, and the port only when it is the
   * one the server listens on ({@code localPort}; behind a proxy the public port is the scheme's
   * own). So the names a page can be seen at are few, and none of them is made up by a visitor.
   */
  static String ownAddress(String publicUrl, String hostHeader, int localPort) {
    String scheme = publicUrl.substring(0, publicUrl.indexOf("://"));
    String host = hostHeader.strip().toLowerCase(Locale.ROOT);
    String port = "";
    int colon = host.lastIndexOf(':');
    if (colon > 0 && !host.startsWith("[")) {
      String digits = host.substring(colon + 1);
      port = digits.equals(Integer.toString(localPort)) ? ":" + digits : "";
      host = host.substring(0, colon);
    }
    if (host.endsWith(".")) {
      host = host.substring(0, host.length() - 1);
    }
    return scheme + "://" + host + port;
  }

  /**
   * The address of each office's site as other sites link to it: its own host name (the first in
   * alphabetical order) with the scheme of {@code publicUrl}, or its prefix on the network's
   * address.
   */
  static String officeRoot(String publicUrl, String code, Optional<String> hostName) {
    return hostName
        .map(host -> publicUrl.substring(0, publicUrl.indexOf("://")) + "://" + host)
        .orElse(publicUrl + "/" + code);
  }

  /**
   * The link rules of a request for {@code office}'s site whose root is {@code here} ({@link
   * #ownAddress} on its own host, the network's address and its prefix otherwise).
   */
  OfficeLinks links(OfficeRef office, boolean ownHost, String here) {
    String network = publicUrl();
    return new OfficeLinks(office.code().value(), ownHost, network, roots(network), here);
  }

  /** Every office's root, worked out once for each list of offices (it changes with an office). */
  private volatile Roots roots;

  private record Roots(
      java.util.List<OfficeRef> offices, String network, Map<String, String> byCode) {}

  private Map<String, String> roots(String network) {
    java.util.List<OfficeRef> all = offices.all();
    Roots known = roots;
    if (known != null && known.offices() == all && known.network().equals(network)) {
      return known.byCode();
    }
    Map<String, String> byCode = new HashMap<>();
    for (OfficeRef other : all) {
      String code = other.code().value();
      byCode.put(code, officeRoot(network, code, offices.hostNameOf(other.code())));
    }
    Roots made = new Roots(all, network, Map.copyOf(byCode));
    roots = made;
    return made.byCode();
  }

  /** The link rules of a page of {@code site}. */
  OfficeLinks links(SitePages.Context site) {
    return links(site.office(), site.basePath().isEmpty(), site.publicUrl() + site.basePath());
  }

  /**
   * The link to the network's headquarters site in an office's header and footer, named after HQ in
   * the page's language; none on HQ's own site or when there is no active HQ.
   */
  org.meridian.site.view.Chrome.Link networkLink(
      OfficeRef office, org.meridian.tenancy.office.LanguageTag language) {
    if (office.type() == org.meridian.tenancy.office.OfficeType.HQ) {
      return null;
    }
    return offices.all().stream()
        .filter(o -> o.type() == org.meridian.tenancy.office.OfficeType.HQ && o.isActive())
        .findFirst()
        .map(
            hq -> {
              org.meridian.tenancy.office.LanguageTag shown =
                  hq.publishesIn(language) ? language : hq.defaultLanguage();
              return new org.meridian.site.view.Chrome.Link(
                  hq.name(shown),
                  officeUrl(
                      officeRoot(publicUrl(), hq.code().value(), offices.hostNameOf(hq.code())),
                      shown,
                      ""));
            })
        .orElse(null);
  }

  public String publicUrl() {
    return configured
        .map(String::strip)
        .filter(url -> url.startsWith("http://") || url.startsWith("https://"))
        .map(url -> url.endsWith("/") ? url.substring(0, url.length() - 1) : url)
        .orElse("http://localhost:" + port);
  }
}
