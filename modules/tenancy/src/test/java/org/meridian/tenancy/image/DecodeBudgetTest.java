package org.meridian.tenancy.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The server decodes only so many pixels at once, all image paths together. */
class DecodeBudgetTest {

  @Test
  void decodesShareTheBudgetAndGiveItBack() {
    DecodeBudget budget = new DecodeBudget(10_000_000, 0);
    try (DecodeBudget.Share first = budget.take(6_000_000)) {
      // a second large decode while the first runs: refused (after waiting 0 s here)
      assertThatThrownBy(() -> budget.take(6_000_000))
          .isInstanceOf(ImageRefusedException.class)
          .hasMessageContaining("busy");
      // a small one fits beside it
      budget.take(1_000_000).close();
    }
    // once the first is done, the second fits
    budget.take(6_000_000).close();
  }

  @Test
  void anImageLargerThanTheWholeBudgetIsRefusedAtOnce() {
    DecodeBudget budget = new DecodeBudget(10_000_000, 30);
    assertThatThrownBy(() -> budget.take(16_000L * 16_000))
        .isInstanceOf(ImageRefusedException.class)
        .hasMessageContaining("256 megapixels");
  }

  @Test
  void theServersBudgetHoldsTheLargestImageTheLibraryTakes() {
    assertThat(DecodeBudget.SERVER.maxPixels()).isGreaterThanOrEqualTo(40_000_000);
  }
}
