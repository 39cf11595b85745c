package org.meridian.tenancy.routing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.meridian.tenancy.office.OfficeCode;

class OfficeRouteTest {

  @Test
  void basePathIsEmptyForAHostRoute() {
    assertThat(new OfficeRoute(new OfficeCode("gambia"), true, "/en/").basePath()).isEmpty();
  }

  @Test
  void basePathIsTheOfficePrefixForAPathRoute() {
    assertThat(new OfficeRoute(new OfficeCode("gambia"), false, "/en/").basePath())
        .isEqualTo("/gambia");
  }
}
