package org.meridian.content.taxonomy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.meridian.content.Slug;
import org.meridian.tenancy.office.LanguageTag;

class ThemeTest {

  private static final LanguageTag EN = new LanguageTag("en");
  private static final LanguageTag FR = new LanguageTag("fr");
  private static final LanguageTag PT = new LanguageTag("pt");

  private static Theme health() {
    Theme theme =
        new Theme(new ThemeCode("health"), EN, new ThemeName("Health", new Slug("health")));
    theme.name(FR, new ThemeName("Santé", new Slug("sante")));
    return theme;
  }

  @Test
  void aLanguageWithItsOwnNameUsesIt() {
    assertThat(health().name(FR)).isEqualTo("Santé");
    assertThat(health().slug(FR)).isEqualTo(new Slug("sante"));
  }

  @Test
  void aLanguageWithoutANameFallsBackToEnglish() {
    assertThat(health().name(PT)).isEqualTo("Health");
    assertThat(health().slug(PT)).isEqualTo(new Slug("health"));
  }

  @Test
  void aRegionalVariantUsesItsLanguageFirst() {
    assertThat(health().name(new LanguageTag("fr-CA"))).isEqualTo("Santé");
  }

  @Test
  void withoutEnglishTheCodeIsTheLastResort() {
    Theme theme =
        new Theme(new ThemeCode("climate"), FR, new ThemeName("Climat", new Slug("climat")));
    assertThat(theme.name(PT)).isEqualTo("climate");
    assertThat(theme.slug(PT)).isEqualTo(new Slug("climate"));
    assertThat(theme.name(FR)).isEqualTo("Climat");
  }

  @Test
  void renamingInALanguageReplacesOnlyThatLanguage() {
    Theme theme = health();
    theme.name(FR, new ThemeName("Santé publique", new Slug("sante")));
    assertThat(theme.names()).containsEntry("fr", "Santé publique").containsEntry("en", "Health");
  }

  @Test
  void namesAreCleanedAndBounded() {
    assertThat(new ThemeName("  Water   and\tsanitation ", new Slug("water")).name())
        .isEqualTo("Water and sanitation");
    assertThatThrownBy(() -> new ThemeName("   ", new Slug("x")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("name");
    assertThatThrownBy(() -> new ThemeName("x".repeat(81), new Slug("x")))
        .hasMessageContaining("at most 80");
    assertThatThrownBy(() -> new ThemeName("Bad\u0007name", new Slug("x")))
        .hasMessageContaining("control characters");
  }
}
