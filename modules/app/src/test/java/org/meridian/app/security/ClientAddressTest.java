package org.meridian.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class ClientAddressTest {

  private static final Set<String> PROXY = Set.of("10.0.0.5");

  @Test
  void withoutATrustedProxyTheRemoteAddressCountsAndTheHeaderIsIgnored() {
    assertThat(ClientAddress.of("198.51.100.7", "203.0.113.9", Set.of())).isEqualTo("198.51.100.7");
    assertThat(ClientAddress.of("198.51.100.7", "203.0.113.9", PROXY)).isEqualTo("198.51.100.7");
  }

  @Test
  void behindATrustedProxyTheAddressItAddedCounts() {
    assertThat(ClientAddress.of("10.0.0.5", "203.0.113.9", PROXY)).isEqualTo("203.0.113.9");
    // The client may send its own X-Forwarded-For; only the last hop, added by our proxy, counts.
    assertThat(ClientAddress.of("10.0.0.5", "1.2.3.4, 203.0.113.9", PROXY))
        .isEqualTo("203.0.113.9");
  }

  @Test
  void aTrustedProxyWithoutOrWithAnEmptyHeaderIsTheClient() {
    assertThat(ClientAddress.of("10.0.0.5", null, PROXY)).isEqualTo("10.0.0.5");
    assertThat(ClientAddress.of("10.0.0.5", " , ", PROXY)).isEqualTo("10.0.0.5");
    assertThat(ClientAddress.of(null, null, PROXY)).isEqualTo("unknown");
  }
}
