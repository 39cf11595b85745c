package org.meridian.content.translation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.meridian.content.translation.TextChange.Kind;
import org.meridian.content.translation.TextChange.Run;

class TextChangeTest {

  @Test
  void theSameTextHasNoChange() {
    TextChange change = TextChange.between("Deux jours d'échanges", "Deux jours d'échanges");

    assertThat(change.changed()).isFalse();
    assertThat(change.runs()).containsExactly(new Run(Kind.SAME, "Deux jours d'échanges"));
  }

  @Test
  void addedAndRemovedWordsAreMarked() {
    TextChange change =
        TextChange.between("Le forum a réuni 500 jeunes", "Le forum a réuni 800 jeunes à Thiès");

    assertThat(change.changed()).isTrue();
    assertThat(change.runs())
        .containsExactly(
            new Run(Kind.SAME, "Le forum a réuni "),
            new Run(Kind.REMOVED, "500 "),
            new Run(Kind.ADDED, "800 "),
            new Run(Kind.SAME, "jeunes "),
            new Run(Kind.ADDED, "à Thiès"));
  }

  @Test
  void richTextIsComparedAsTheWordsAReaderSees() {
    assertThat(TextChange.plainText("<p><strong>Thiès</strong> – Le forum</p><p>A &amp; B</p>"))
        .isEqualTo("Thiès – Le forum A & B");
  }

  @Test
  void anEmptyTextBecomingTextIsOneAddition() {
    assertThat(TextChange.between("", "Nouveau").runs())
        .isEqualTo(List.of(new Run(Kind.ADDED, "Nouveau")));
  }
}
