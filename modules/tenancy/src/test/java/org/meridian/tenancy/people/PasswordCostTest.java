package org.meridian.tenancy.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PasswordCostTest {

  @Test
  void withoutASettingHashesCostWhatOwaspAdvises() {
    PasswordCost cost = PasswordCost.parse(Optional.empty());
    assertThat(cost.iterations()).isEqualTo(210_000);
    assertThat(cost.belowDefault()).isFalse();
    assertThat(PasswordCost.parse(Optional.of(" "))).isEqualTo(cost);
    assertThat(cost.hashParameters())
        .containsEntry("Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA512")
        .containsEntry("Pbkdf2PasswordHash.Iterations", "210000")
        .containsEntry("Pbkdf2PasswordHash.SaltSizeBytes", "32")
        .containsEntry("Pbkdf2PasswordHash.KeySizeBytes", "64");
  }

  @Test
  void aTestServerMayHashCheaply() {
    PasswordCost cheap = PasswordCost.parse(Optional.of("1024"));
    assertThat(cheap.belowDefault()).isTrue();
    assertThat(cheap.hashParameters()).containsEntry("Pbkdf2PasswordHash.Iterations", "1024");
    assertThat(PasswordCost.parse(Optional.of("10000000")).belowDefault()).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"1023", "0", "-5", "10000001", "many", "2.5", "210,000"})
  void aWrongValueIsRefusedNamingTheSettingAndTheRange(String value) {
    assertThatThrownBy(() -> PasswordCost.parse(Optional.of(value)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("meridian.password.iterations")
        .hasMessageContaining("from 1024 to 10000000")
        .hasMessageContaining(value);
  }
}
