package org.meridian.tenancy.office;

import java.net.URI;
import java.util.Locale;
import org.meridian.tenancy.Refusal;
import org.meridian.tenancy.RefusedArgumentException;

/** The social networks an office may link to; links must be https addresses on the network. */
public enum SocialNetwork {
  FACEBOOK("facebook.com"),
  X("x.com"),
  LINKEDIN("linkedin.com"),
  YOUTUBE("youtube.com"),
  INSTAGRAM("instagram.com");

  private final String domain;

  SocialNetwork(String domain) {
    this.domain = domain;
  }

  /** Checks that {@code url} is an https link to this network; returns it normalised. */
  public String requireLink(String url) {
    URI uri;
    try {
      uri = URI.create(url == null ? "" : url.strip());
    } catch (IllegalArgumentException e) {
      throw new RefusedArgumentException(
          Refusal.of("office.not_a_web_address_0", "'{0}' is not a web address", url));
    }
    String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
    if (!"https".equals(uri.getScheme()) || !(host.equals(domain) || host.endsWith("." + domain))) {
      throw new RefusedArgumentException(
          Refusal.of(
              "office.social_link_0_starts_1",
              "A {0} link starts with https://{1}/",
              name().toLowerCase(Locale.ROOT),
              domain));
    }
    return uri.toString();
  }
}
