package org.meridian.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class RevisionInputTest {

  private static RevisionInput withTitle(String title) {
    return new RevisionInput(title, "A summary", "<p>Body</p>");
  }

  private static RevisionInput withSummary(String summary) {
    return new RevisionInput("A title", summary, "<p>Body</p>");
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"   ", "\t\n"})
  void refusesABlankTitle(String title) {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> withTitle(title))
        .withMessageContaining("title is required");
  }

  @Test
  void acceptsATitleOf300Characters() {
    assertThat(withTitle("t".repeat(300)).title()).hasSize(300);
  }

  @Test
  void refusesATitleLongerThan300Characters() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> withTitle("t".repeat(301)))
        .withMessageContaining("at most 300");
  }

  @Test
  void titleLengthIsCountedWithoutSurroundingSpaces() {
    assertThat(withTitle("  " + "t".repeat(300) + "\n").title()).hasSize(300);
  }

  @Test
  void summaryLengthIsCountedWithoutSurroundingSpaces() {
    assertThat(withSummary("  " + "s".repeat(1000) + "\n").summary()).hasSize(1000);
  }

  @Test
  void acceptsASummaryOf1000Characters() {
    assertThat(withSummary("s".repeat(1000)).summary()).hasSize(1000);
  }

  @Test
  void refusesASummaryLongerThan1000Characters() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> withSummary("s".repeat(1001)))
        .withMessageContaining("at most 1000");
  }

  @Test
  void stripsTitleAndSummary() {
    RevisionInput input = new RevisionInput("  Our work  ", "  What we do ", "");

    assertThat(input.title()).isEqualTo("Our work");
    assertThat(input.summary()).isEqualTo("What we do");
  }

  @Test
  void missingSummaryAndBodyBecomeEmpty() {
    RevisionInput input = new RevisionInput("Our work", null, null);

    assertThat(input.summary()).isEmpty();
    assertThat(input.body()).isEmpty();
  }

  @Test
  void sanitisesTheBody() {
    RevisionInput input =
        new RevisionInput("Our work", "", "<p onclick=\"x()\">Hello</p><script>alert(1)</script>");

    assertThat(input.body()).isEqualTo("<p>Hello</p>");
  }

  @Test
  void aHeroImageNeedsADescriptionUnlessDecorative() {
    var refused =
        org.assertj.core.api.Assertions.catchThrowableOfType(
            org.meridian.content.fields.InvalidFieldsException.class,
            () -> RevisionInput.builder().title("T").heroImage(5L, " ", false).build());
    assertThat(refused.errors()).containsKey("heroAlt");

    RevisionInput decorative = RevisionInput.builder().title("T").heroImage(5L, "", true).build();
    assertThat(decorative.common().heroDecorative()).isTrue();
    RevisionInput described =
        RevisionInput.builder().title("T").heroImage(5L, " A market ", false).build();
    assertThat(described.common().heroAlt()).isEqualTo("A market");
  }

  @Test
  void withoutAHeroImageTheDescriptionIsDropped() {
    RevisionInput input = RevisionInput.builder().title("T").heroImage(null, "x", true).build();

    assertThat(input.common()).isEqualTo(CommonFields.NONE);
  }

  @Test
  void theSearchDescriptionHasAtMost300Characters() {
    assertThat(
            RevisionInput.builder()
                .title("T")
                .seoDescription("d".repeat(300))
                .build()
                .common()
                .seoDescription())
        .hasSize(300);
    var refused =
        org.assertj.core.api.Assertions.catchThrowableOfType(
            org.meridian.content.fields.InvalidFieldsException.class,
            () -> RevisionInput.builder().title("T").seoDescription("d".repeat(301)).build());
    assertThat(refused.errors().get("seoDescription")).contains("at most 300");
  }

  @Test
  void everyProblemIsNamedAtOnce() {
    var refused =
        org.assertj.core.api.Assertions.catchThrowableOfType(
            org.meridian.content.fields.InvalidFieldsException.class,
            () ->
                RevisionInput.builder()
                    .title("")
                    .summary("s".repeat(1001))
                    .socialImage(-1L)
                    .build());
    assertThat(refused.errors()).containsKeys("title", "summary", "socialImage");
  }

  @Test
  void theThreeFieldConstructorHasNoCommonOrTypeFields() {
    RevisionInput input = new RevisionInput("T", "S", "<p>B</p>");

    assertThat(input.common()).isEqualTo(CommonFields.NONE);
    assertThat(input.fields()).isEmpty();
  }

  @Test
  void travelsWithAConsoleSessionToAnotherServerTypeFieldsAndAll() throws Exception {
    RevisionInput input =
        new RevisionInput(
            "Our work",
            "What we do",
            "<p>Body</p>",
            CommonFields.NONE,
            org.meridian.content.fields.Jsons.createObjectBuilder().add("kind", "story").build());
    var bytes = new java.io.ByteArrayOutputStream();
    try (var out = new java.io.ObjectOutputStream(bytes)) {
      out.writeObject(input);
    }
    try (var in =
        new java.io.ObjectInputStream(new java.io.ByteArrayInputStream(bytes.toByteArray()))) {
      assertThat(in.readObject()).isEqualTo(input);
    }
  }
}
