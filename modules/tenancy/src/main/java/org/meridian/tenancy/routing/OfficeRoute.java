package org.meridian.tenancy.routing;

import org.meridian.tenancy.office.OfficeCode;

/**
 * Where a public request goes: the office, whether it was found by host name, and the rest of the
 * path below the office ({@code /en/about-us}).
 */
public record OfficeRoute(OfficeCode office, boolean byHost, String remainingPath) {

  /**
   * The URL prefix of the office's pages as seen by this request: {@code ""} or {@code /gambia}.
   */
  public String basePath() {
    return byHost ? "" : "/" + office.value();
  }
}
