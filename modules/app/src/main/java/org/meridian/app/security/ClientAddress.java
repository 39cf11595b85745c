package org.meridian.app.security;

import java.util.Set;

/**
 * Which address a request comes from, for throttling. Behind a load balancer every request comes
 * from the balancer, so its {@code X-Forwarded-For} is believed, but only when the request comes
 * from one of the configured trusted proxies ({@code MERIDIAN_SIGNIN_TRUSTED_PROXIES}): anyone else
 * could write any address there.
 */
public final class ClientAddress {

  private ClientAddress() {}

  /** The trusted proxies of {@code MERIDIAN_SIGNIN_TRUSTED_PROXIES}: comma-separated addresses. */
  public static Set<String> trustedProxies(String setting) {
    return setting == null
        ? Set.of()
        : java.util.Arrays.stream(setting.split(","))
            .map(String::strip)
            .filter(s -> !s.isEmpty())
            .collect(java.util.stream.Collectors.toUnmodifiableSet());
  }

  /**
   * The client's address: the last address in {@code X-Forwarded-For} (the one our proxy added)
   * when {@code remoteAddress} is a trusted proxy, else {@code remoteAddress} itself.
   */
  public static String of(String remoteAddress, String forwardedFor, Set<String> trustedProxies) {
    String remote = remoteAddress == null ? "unknown" : remoteAddress.strip();
    if (forwardedFor == null || !trustedProxies.contains(remote)) {
      return remote;
    }
    String[] hops = forwardedFor.split(",");
    String last = hops[hops.length - 1].strip();
    return last.isEmpty() || last.length() > 64 ? remote : last;
  }
}
