package org.meridian.content.taxonomy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.meridian.content.Slug;

class TermNameTest {

  @Test
  void anAddressIsMadeFromTheNameWhenNoneIsGiven() {
    assertThat(TermName.slug(null, "Thiès")).isEqualTo(new Slug("thies"));
    assertThat(TermName.slug("  ", "Skills training")).isEqualTo(new Slug("skills-training"));
  }

  @Test
  void aGivenAddressWinsAndMustHaveTheShapeOfOne() {
    assertThat(TermName.slug("brikama-centre", "Brikama")).isEqualTo(new Slug("brikama-centre"));
    assertThatThrownBy(() -> TermName.slug("Brikama Centre", "Brikama"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("lower-case letters and digits");
  }

  @Test
  void aNameInAnotherScriptGetsATransliteratedAddressUnlessOneIsGiven() {
    assertThat(TermName.slug(null, "الهجرة").value()).matches("[a-z0-9-]+").isNotEmpty();
    assertThat(TermName.slug("hijra", "الهجرة")).isEqualTo(new Slug("hijra"));
  }

  @Test
  void tagNamesAreTrimmedSingleSpacedAndBounded() {
    assertThat(new Tag("  Regular   pathways ", new Slug("regular-pathways")).name())
        .isEqualTo("Regular pathways");
    assertThatThrownBy(() -> new Tag("", new Slug("x"))).hasMessage("Give the tag a name");
    assertThatThrownBy(() -> new Tag("y".repeat(61), new Slug("y")))
        .hasMessageContaining("at most 60");
  }
}
