package org.meridian.tenancy.token;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ApiScopeTest {

  @Test
  void writeImpliesRead() {
    assertThat(ApiScope.WRITE.allows(ApiScope.WRITE)).isTrue();
    assertThat(ApiScope.WRITE.allows(ApiScope.READ)).isTrue();
  }

  @Test
  void readDoesNotImplyWrite() {
    assertThat(ApiScope.READ.allows(ApiScope.READ)).isTrue();
    assertThat(ApiScope.READ.allows(ApiScope.WRITE)).isFalse();
  }
}
