package org.meridian.content;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.meridian.tenancy.office.LanguageTag;

/** The rule that decides whether a new revision of a source makes its translations outdated. */
class RevisionTextTest {

  private final ContentItem item =
      new ContentItem(ContentType.NEWS, new LanguageTag("fr"), new Slug("forum"));

  private Revision revision(int number, String title, String summary, String body) {
    return new Revision(item, number, new RevisionInput(title, summary, body), "editor");
  }

  @Test
  void aRevisionWithTheSameTitleSummaryAndBodyReadsTheSame() {
    Revision first = revision(1, "Forum", "Deux jours", "<p>Texte</p>");
    // Spaces around the title and summary are not part of the text.
    Revision resaved = revision(2, "  Forum ", "Deux jours  ", "<p>Texte</p>");

    assertThat(resaved.sameTextAs(first)).isTrue();
  }

  @Test
  void aChangedTitleSummaryOrBodyIsAChangedText() {
    Revision first = revision(1, "Forum", "Deux jours", "<p>Texte</p>");

    assertThat(revision(2, "Forum 2026", "Deux jours", "<p>Texte</p>").sameTextAs(first)).isFalse();
    assertThat(revision(2, "Forum", "Trois jours", "<p>Texte</p>").sameTextAs(first)).isFalse();
    assertThat(revision(2, "Forum", "Deux jours", "<p>Texte modifié</p>").sameTextAs(first))
        .isFalse();
  }

  @Test
  void markupThatTheSanitiserDropsIsNoChange() {
    Revision first = revision(1, "Forum", "", "<p>Texte</p>");
    Revision withScript = revision(2, "Forum", "", "<p>Texte</p><script>alert(1)</script>");

    assertThat(withScript.sameTextAs(first)).isTrue();
  }
}
