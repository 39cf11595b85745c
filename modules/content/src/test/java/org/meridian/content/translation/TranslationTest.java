package org.meridian.content.translation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.meridian.content.ContentItem;
import org.meridian.content.ContentType;
import org.meridian.content.Slug;
import org.meridian.tenancy.office.LanguageTag;

/** When a translation is outdated: from the source's first change until someone confirms it. */
class TranslationTest {

  private static final Instant T0 = Instant.parse("2026-11-01T10:00:00Z");
  private static final Instant T1 = Instant.parse("2026-11-02T10:00:00Z");
  private static final Instant T2 = Instant.parse("2026-11-03T10:00:00Z");

  private final ContentItem source =
      new ContentItem(ContentType.NEWS, new LanguageTag("fr"), new Slug("forum"));
  private final ContentItem english =
      new ContentItem(ContentType.NEWS, new LanguageTag("en"), new Slug("forum"));

  @Test
  void aNewTranslationIsUpToDateWithTheRevisionItWasMadeFrom() {
    Translation t = new Translation(source, english, 3, "translator", T0);

    assertThat(t.isOutdated()).isFalse();
    assertThat(t.sourceRevision()).isEqualTo(3);
    assertThat(t.language()).isEqualTo(new LanguageTag("en"));
    assertThat(t.checkedBy()).isEqualTo("translator");
  }

  @Test
  void aSourceChangeMakesItOutdatedSinceTheFirstChange() {
    Translation t = new Translation(source, english, 3, "translator", T0);

    t.sourceChanged(T1);
    t.sourceChanged(T2);

    assertThat(t.isOutdated()).isTrue();
    assertThat(t.outdatedSince()).isEqualTo(T1);
    assertThat(t.sourceRevision()).as("still made from revision 3").isEqualTo(3);
  }

  @Test
  void confirmingAgainstTheLatestRevisionMakesItUpToDateAgain() {
    Translation t = new Translation(source, english, 3, "translator", T0);
    t.sourceChanged(T1);

    t.confirm(5, "reviewer", T2);

    assertThat(t.isOutdated()).isFalse();
    assertThat(t.outdatedSince()).isNull();
    assertThat(t.sourceRevision()).isEqualTo(5);
    assertThat(t.checkedBy()).isEqualTo("reviewer");
    assertThat(t.checkedAt()).isEqualTo(T2);
  }

  @Test
  void aConfirmationCannotGoBackToAnOlderRevision() {
    Translation t = new Translation(source, english, 3, "translator", T0);

    assertThatIllegalArgumentException().isThrownBy(() -> t.confirm(2, "reviewer", T1));
  }

  @Test
  void aTranslationIsInAnotherLanguageThanItsSourceAndNotItself() {
    ContentItem french =
        new ContentItem(ContentType.NEWS, new LanguageTag("fr"), new Slug("forum-2"));

    assertThatIllegalArgumentException()
        .isThrownBy(() -> new Translation(source, french, 1, "translator", T0))
        .withMessageContaining("another language");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new Translation(source, source, 1, "translator", T0))
        .withMessageContaining("itself");
  }
}
