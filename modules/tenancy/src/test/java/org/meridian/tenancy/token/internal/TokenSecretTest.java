package org.meridian.tenancy.token.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TokenSecretTest {

  @Test
  void aSecretIsThePrefixAnd32RandomBytesInBase64Url() {
    String value = TokenSecret.generate().value();

    assertThat(value).startsWith("mrd_").hasSize(4 + 43).matches("mrd_[A-Za-z0-9_-]{43}");
  }

  @Test
  void secretsDoNotRepeat() {
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < 1000; i++) {
      assertThat(seen.add(TokenSecret.generate().value())).isTrue();
    }
  }

  @Test
  void theHashIsTheHexSha256OfTheWholeSecret() {
    TokenSecret secret = TokenSecret.parse("mrd_" + "A".repeat(43));

    // printf 'mrd_AAAA…A' | sha256sum
    assertThat(secret.hash())
        .isEqualTo("65eb142c1b0a1f20d5b882440268fdc95f29fdcf9955906b2a4ee8131c087074");
    assertThat(secret.hash()).matches("[0-9a-f]{64}");
    assertThat(TokenSecret.parse(secret.value()).hash()).isEqualTo(secret.hash());
    assertThat(TokenSecret.parse("mrd_" + "B".repeat(43)).hash()).isNotEqualTo(secret.hash());
  }

  @Test
  void theDisplayPrefixShowsTenCharactersOnly() {
    TokenSecret secret = TokenSecret.parse("mrd_abcdefghij" + "k".repeat(33));

    assertThat(secret.displayPrefix()).isEqualTo("mrd_abcdef");
    assertThat(secret.toString()).isEqualTo("mrd_abcdef…").doesNotContain("ghij");
  }

  @Test
  void surroundingSpacesFromCopyingAreForgiven() {
    String value = TokenSecret.generate().value();

    assertThat(TokenSecret.parse("  " + value + "\n").value()).isEqualTo(value);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "   ",
        "abc",
        "MRD_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
        "mrd_tooshort",
        "mrd_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
        "mrd_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=",
        "mrd_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+"
      })
  void anythingElseIsRefusedWithAMessage(String presented) {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> TokenSecret.parse(presented))
        .withMessageMatching(".*(empty|starts with 'mrd_'|copy it whole).*");
  }

  @Test
  void nullIsRefusedLikeEmpty() {
    assertThatIllegalArgumentException().isThrownBy(() -> TokenSecret.parse(null));
  }
}
