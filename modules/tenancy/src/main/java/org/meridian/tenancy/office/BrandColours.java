package org.meridian.tenancy.office;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.meridian.tenancy.Refusal;
import org.meridian.tenancy.RefusedArgumentException;

/**
 * An office's colours on its public site: the <b>primary</b> colour (links on the white page; the
 * menu bar, buttons and banner, with {@code onPrimary} text on them) and the <b>accent</b> colour
 * (labels and rules, with {@code onAccent} text on them). Every pair that carries text reaches WCAG
 * 2.1 AA for normal text (4.5:1), or the colours are refused: the primary against white (it is the
 * links' colour, {@link AccentColour}), the text colours against the colour they sit on.
 */
public record BrandColours(AccentColour primary, Colour onPrimary, Colour accent, Colour onAccent)
    implements java.io.Serializable {

  /** WCAG 2.1 AA for normal text. */
  public static final double MIN_CONTRAST = AccentColour.MIN_CONTRAST;

  public static final BrandColours DEFAULT =
      new BrandColours(AccentColour.DEFAULT, Colour.WHITE, new Colour("#0b4f8a"), Colour.WHITE);

  /** The pairs of colours that carry text, each checked on its own. */
  public enum Pair {
    /** Text on the primary colour (menu bar, buttons, banner). */
    ON_PRIMARY,
    /** Text on the accent colour (labels). */
    ON_ACCENT
  }

  public BrandColours {
    Objects.requireNonNull(primary, "primary");
    Objects.requireNonNull(onPrimary, "onPrimary");
    Objects.requireNonNull(accent, "accent");
    Objects.requireNonNull(onAccent, "onAccent");
    check(new Colour(primary.hex()), onPrimary).ifPresent(BrandColours::refuse);
    check(accent, onAccent).ifPresent(BrandColours::refuse);
  }

  private static void refuse(Refusal refusal) {
    throw new RefusedArgumentException(refusal);
  }

  /**
   * Why {@code text} on {@code background} is not readable enough, or empty when it is (WCAG 2.1
   * AA, {@value #MIN_CONTRAST}:1, checked to two decimals as the people who choose see it).
   */
  public static Optional<Refusal> check(Colour background, Colour text) {
    double contrast = background.contrastWith(text);
    if (contrast >= MIN_CONTRAST) {
      return Optional.empty();
    }
    return Optional.of(
        Refusal.of(
            "office.pair_0_on_1_contrast_2_3",
            "Text in {0} on {1} has a contrast of {2}:1; at least {3}:1 is needed so that it stays"
                + " readable: choose colours further apart",
            text.hex(),
            background.hex(),
            String.format(Locale.ROOT, "%.2f", contrast),
            String.format(Locale.ROOT, "%.1f", MIN_CONTRAST)));
  }
}
