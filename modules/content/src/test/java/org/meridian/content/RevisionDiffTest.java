package org.meridian.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.meridian.content.RevisionDiff.Field;
import org.meridian.content.RevisionDiff.Kind;
import org.meridian.content.RevisionDiff.Paragraph;
import org.meridian.content.RevisionDiff.Segment;
import org.meridian.tenancy.office.LanguageTag;

class RevisionDiffTest {

  private static final ContentItem ITEM =
      new ContentItem(ContentType.PAGE, new LanguageTag("en"), new Slug("water"));

  private static Revision revision(int number, String title, String summary, String body) {
    return new Revision(ITEM, number, new RevisionInput(title, summary, body), "someone@x.org");
  }

  private static Field field(RevisionDiff diff, String label) {
    return diff.fields().stream().filter(f -> f.label().equals(label)).findFirst().orElseThrow();
  }

  private static List<Segment> only(Field field) {
    assertThat(field.paragraphs()).hasSize(1);
    return field.paragraphs().get(0).segments();
  }

  @Test
  void unchangedFieldsSayTheyAreUnchanged() {
    RevisionDiff diff =
        RevisionDiff.between(
            revision(1, "Clean water", "Wells", "<p>Same body</p>"),
            revision(2, "Clean water", "Wells and pumps", "<p>Same body</p>"));

    assertThat(diff.fields()).extracting(Field::label).containsExactly("Title", "Summary", "Body");
    assertThat(field(diff, "Title").changed()).isFalse();
    assertThat(only(field(diff, "Title"))).containsExactly(new Segment(Kind.SAME, "Clean water"));
    assertThat(field(diff, "Body").changed()).isFalse();
    assertThat(diff.changed()).isTrue();
    assertThat(diff.changedLabels()).containsExactly("Summary");
    assertThat(diff.from()).isEqualTo(1);
    assertThat(diff.to()).isEqualTo(2);
  }

  @Test
  void textChangesAreMarkedWordByWord() {
    RevisionDiff diff =
        RevisionDiff.of(
            1,
            Map.of("Title", "The quick brown fox jumps"),
            2,
            Map.of("Title", "The slow red fox jumps high"));

    assertThat(only(field(diff, "Title")))
        .containsExactly(
            new Segment(Kind.SAME, "The "),
            new Segment(Kind.DELETED, "quick brown"),
            new Segment(Kind.INSERTED, "slow red"),
            new Segment(Kind.SAME, " fox jumps"),
            new Segment(Kind.INSERTED, " high"));
  }

  @Test
  void aDeletedWordIsMarkedAlone() {
    RevisionDiff diff =
        RevisionDiff.of(
            1,
            Map.of("Summary", "Wells in three villages"),
            2,
            Map.of("Summary", "Wells in villages"));

    assertThat(only(field(diff, "Summary")))
        .extracting(Segment::kind, Segment::text)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(Kind.SAME, "Wells in "),
            org.assertj.core.groups.Tuple.tuple(Kind.DELETED, "three "),
            org.assertj.core.groups.Tuple.tuple(Kind.SAME, "villages"));
  }

  @Test
  void richTextIsComparedByItsWordsPerParagraphNotByTags() {
    RevisionDiff diff =
        RevisionDiff.between(
            revision(
                3,
                "T",
                "",
                "<h2>Our work</h2><p>We dig <strong>wells</strong> in Banjul.</p>"
                    + "<p>Old paragraph.</p>"),
            revision(
                4,
                "T",
                "",
                "<h2>Our work</h2><p>We dig <em>wells</em> in Banjul and Brikama.</p>"
                    + "<ul><li>New point</li></ul>"));

    Field body = field(diff, "Body");
    assertThat(body.changed()).isTrue();
    List<Paragraph> paragraphs = body.paragraphs();
    assertThat(paragraphs.get(0).segments()).containsExactly(new Segment(Kind.SAME, "Our work"));
    assertThat(paragraphs.get(0).changed()).isFalse();
    assertThat(paragraphs.get(1).segments())
        .containsExactly(
            new Segment(Kind.SAME, "We dig wells in Banjul"),
            new Segment(Kind.INSERTED, " and Brikama"),
            new Segment(Kind.SAME, "."));
    assertThat(paragraphs.get(2).segments())
        .as("a paragraph replaced in place reads as one deletion, then one insertion")
        .containsExactly(
            new Segment(Kind.DELETED, "Old paragraph."), new Segment(Kind.INSERTED, "New point"));
    // Only the markup changed (strong to em): no tag reaches the comparison.
    assertThat(paragraphs)
        .flatExtracting(Paragraph::segments)
        .extracting(Segment::text)
        .noneMatch(text -> text.contains("<"));
  }

  @Test
  void addedAndRemovedParagraphsAreMarkedWhole() {
    Map<String, String> before = new LinkedHashMap<>();
    before.put("Body", "First\nSecond\nThird");
    Map<String, String> after = new LinkedHashMap<>();
    after.put("Body", "First\nThird\nFourth");

    List<Paragraph> paragraphs = field(RevisionDiff.of(1, before, 2, after), "Body").paragraphs();

    assertThat(paragraphs)
        .extracting(p -> p.segments().get(0))
        .containsExactly(
            new Segment(Kind.SAME, "First"),
            new Segment(Kind.DELETED, "Second"),
            new Segment(Kind.SAME, "Third"),
            new Segment(Kind.INSERTED, "Fourth"));
  }

  @Test
  void aFieldOnOneSideOnlyComparesWithEmptyText() {
    RevisionDiff diff = RevisionDiff.of(1, Map.of(), 2, Map.of("Venue", "Banjul"));

    assertThat(field(diff, "Venue").changed()).isTrue();
    assertThat(only(field(diff, "Venue"))).containsExactly(new Segment(Kind.INSERTED, "Banjul"));
  }
}
