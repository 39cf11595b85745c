package org.meridian.tenancy.office;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.data.Offset.offset;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The WCAG AA rule for an office's colour pairs, its colours' shape, variants and taglines. */
class BrandColoursTest {

  /**
   * Known pairs and their WCAG 2.1 contrast ratios (as WebAIM's checker gives them), and whether
   * they pass AA for normal text (4.5:1).
   */
  @ParameterizedTest(name = "{0} on {1}: {2}:1")
  @CsvSource({
    "#000000, #ffffff, 21.00, true",
    "#ffffff, #ffffff, 1.00, false",
    "#767676, #ffffff, 4.54, true",
    "#777777, #ffffff, 4.48, false",
    "#ff0000, #ffffff, 4.00, false",
    "#0000ff, #ffffff, 8.59, true",
    "#0b4f8a, #ffffff, 8.40, true",
    "#ffcc00, #ffffff, 1.51, false",
    "#ffcc00, #000000, 13.89, true",
    "#ff0000, #0000ff, 2.15, false",
    "#1b1f24, #ffe066, 12.70, true",
    "#8a1538, #c8102e, 1.59, false",
    "#ffe066, #767676, 3.48, false",
  })
  void aPairPassesAaOnlyFromFourAndAHalfToOne(
      String text, String background, double ratio, boolean passes) {
    Colour a = new Colour(text);
    Colour b = new Colour(background);
    assertThat(a.contrastWith(b)).isCloseTo(ratio, offset(0.01));
    assertThat(b.contrastWith(a)).isCloseTo(ratio, offset(0.01));
    assertThat(BrandColours.check(b, a).isEmpty()).isEqualTo(passes);
  }

  @Test
  void aBadPairIsRefusedNamingBothColoursAndTheRatio() {
    assertThatIllegalArgumentException()
        .isThrownBy(
            () ->
                new BrandColours(
                    new AccentColour("#0b4f8a"),
                    new Colour("#1b1f24"),
                    new Colour("#0b4f8a"),
                    Colour.WHITE))
        .withMessageContaining("#1b1f24 on #0b4f8a")
        .withMessageContaining("1.")
        .withMessageContaining("4.5:1");
    assertThatIllegalArgumentException()
        .isThrownBy(
            () ->
                new BrandColours(
                    new AccentColour("#0b4f8a"), Colour.WHITE, new Colour("#ffcc00"), Colour.WHITE))
        .withMessageContaining("#ffffff on #ffcc00");
    // A light accent with dark text on it is fine.
    assertThat(
            new BrandColours(
                    new AccentColour("#0b4f8a"),
                    new Colour("#ffe066"),
                    new Colour("#ffcc00"),
                    new Colour("#1b1f24"))
                .accent()
                .hex())
        .isEqualTo("#ffcc00");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "red",
        "#fff",
        "#12345g",
        "0b4f8a",
        "#0b4f8a00",
        "#000;}body{display:none",
        "#000000;background:url(//x)",
        "var(--x)",
        "#0b4f8a\n"
      })
  void coloursAreSixDigitHexAndNothingElse(String text) {
    if (text.strip().matches("#[0-9a-fA-F]{6}")) {
      // A line break around it is dropped, not kept.
      assertThat(new Colour(text).hex()).isEqualTo(text.strip());
      return;
    }
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new Colour(text))
        .withMessageContaining("#rrggbb");
    assertThat(Colour.isColour(text)).isFalse();
  }

  @Test
  void anOfficeKeepsItsPairsReadableWhenItsPrimaryColourChanges() {
    LanguageTag en = new LanguageTag("en");
    Office office =
        new Office(
            new OfficeCode("gambia"),
            OfficeType.HQ,
            null,
            List.of(en),
            ZoneId.of("UTC"),
            Map.of(en, "Gambia"));
    office.brand(
        new OfficeBranding(
            new BrandColours(
                new AccentColour("#0b4f8a"),
                new Colour("#ffe066"),
                new Colour("#0b4f8a"),
                Colour.WHITE),
            null,
            "compact",
            Map.of("en", "  Working   for the people  ")));
    assertThat(office.branding().taglines()).containsEntry("en", "Working for the people");
    assertThat(office.branding().variant()).isEqualTo("compact");
    // #767676 is readable on white, but yellow text on it is not.
    assertThatIllegalArgumentException()
        .isThrownBy(() -> office.rebrand(new AccentColour("#767676")))
        .withMessageContaining("#ffe066 on #767676");
    assertThat(office.accentColour().hex()).isEqualTo("#0b4f8a");
    // A tagline in a language the office does not publish in is refused.
    assertThatIllegalArgumentException()
        .isThrownBy(
            () ->
                office.brand(
                    new OfficeBranding(
                        BrandColours.DEFAULT, null, "standard", Map.of("fr", "Pour tous"))));
  }

  @Test
  void anAccentNeverChosenApartFollowsTheBrandColour() {
    LanguageTag en = new LanguageTag("en");
    Office office =
        new Office(
            new OfficeCode("peru"),
            OfficeType.HQ,
            null,
            List.of(en),
            ZoneId.of("UTC"),
            Map.of(en, "Peru"));
    office.rebrand(new AccentColour("#8a1538"));
    assertThat(office.brandColours().accent().hex()).isEqualTo("#8a1538");
    office.brand(
        new OfficeBranding(
            new BrandColours(
                new AccentColour("#8a1538"),
                Colour.WHITE,
                new Colour("#ffcc00"),
                new Colour("#000000")),
            null,
            "standard",
            Map.of()));
    office.rebrand(new AccentColour("#00695c"));
    assertThat(office.brandColours().accent().hex()).isEqualTo("#ffcc00");
  }

  @ParameterizedTest
  @ValueSource(strings = {"../etc", "Compact", "a b", "x;y", "-dash"})
  void variantsAreNamedLikeFolders(String name) {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new OfficeBranding(BrandColours.DEFAULT, null, name, Map.of()));
  }

  @Test
  void installedVariantsAreTheFoldersWithAStyleSheet(@TempDir Path dir) throws Exception {
    Files.createDirectories(dir.resolve("high-contrast"));
    Files.writeString(dir.resolve("high-contrast/theme.css"), ":root{--ink:#000}");
    Files.createDirectories(dir.resolve("empty"));
    Files.createDirectories(dir.resolve("Bad Name"));
    Files.writeString(dir.resolve("Bad Name/theme.css"), "");
    SiteThemes themes = new SiteThemes(dir.toString());
    assertThat(themes.names()).containsExactly("standard", "compact", "high-contrast");
    assertThat(themes.installedStyleSheet("high-contrast")).isPresent();
    assertThat(themes.installedStyleSheet("compact")).isEmpty();
    assertThatIllegalArgumentException().isThrownBy(() -> themes.requireExists("empty"));
    assertThat(new SiteThemes("").names()).containsExactly("standard", "compact");
  }
}
