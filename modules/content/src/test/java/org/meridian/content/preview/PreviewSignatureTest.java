package org.meridian.content.preview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class PreviewSignatureTest {

  private final PreviewSignature signer =
      new PreviewSignature("a key of thirty-two bytes or more!!".getBytes(StandardCharsets.UTF_8));
  private final Instant now = Instant.parse("2026-11-27T10:00:00Z");
  private final long later = now.plusSeconds(3600).getEpochSecond();

  @Test
  void aSignatureOpensExactlyWhatItWasMadeForUntilItExpires() {
    String signature = signer.sign("gambia", 12, 3, later);
    assertThat(signer.accepts("gambia", 12, 3, later, signature, now)).isTrue();
    assertThat(signer.accepts("senegal", 12, 3, later, signature, now)).as("office").isFalse();
    assertThat(signer.accepts("gambia", 13, 3, later, signature, now)).as("item").isFalse();
    assertThat(signer.accepts("gambia", 12, 4, later, signature, now)).as("revision").isFalse();
    assertThat(signer.accepts("gambia", 12, 3, later + 1, signature, now)).as("expiry").isFalse();
    assertThat(signer.accepts("gambia", 12, 3, later, signature, now.plusSeconds(3600)))
        .as("expired")
        .isFalse();
    assertThat(signer.accepts("gambia", 12, 3, later, null, now)).isFalse();
    assertThat(signer.accepts("gambia", 12, 3, later, "", now)).isFalse();
  }

  @Test
  void anotherKeyMakesOtherSignatures() {
    PreviewSignature other =
        new PreviewSignature("another key of thirty-two bytes!!!".getBytes(StandardCharsets.UTF_8));
    String signature = other.sign("gambia", 12, 3, later);
    assertThat(signer.accepts("gambia", 12, 3, later, signature, now)).isFalse();
    assertThat(signature).doesNotContain("=", "+", "/");
  }

  @Test
  void aShortKeyIsRefused() {
    assertThatThrownBy(() -> new PreviewSignature(new byte[16]))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
