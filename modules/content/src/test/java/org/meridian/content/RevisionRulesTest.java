package org.meridian.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.meridian.tenancy.office.LanguageTag;

/** Numbering, restoring, the optimistic-locking rule and the trash, on the entities alone. */
class RevisionRulesTest {

  private final ContentItem item =
      new ContentItem(ContentType.NEWS, new LanguageTag("en"), new Slug("wells"));

  private Revision save(String title) {
    return item.newRevision(new RevisionInput(title, "", "<p>" + title + "</p>"), "ed@x.org");
  }

  @Test
  void revisionsAreNumberedInOrder() {
    assertThat(save("One").number()).isEqualTo(1);
    assertThat(save("Two").number()).isEqualTo(2);
    assertThat(item.latestRevision().title()).isEqualTo("Two");
  }

  @Test
  void restoringMakesANewDraftWithTheOldFieldsAndLeavesTheLiveOneLive() {
    Revision one = save("One");
    Revision two = save("Two");
    item.goLive(two, Instant.now());

    Revision restored = item.restore(one, "admin@x.org");

    assertThat(restored.number()).isEqualTo(3);
    assertThat(restored.title()).isEqualTo("One");
    assertThat(restored.body()).isEqualTo(one.body());
    assertThat(restored.author()).isEqualTo("admin@x.org");
    assertThat(restored.restoredFrom()).isEqualTo(1);
    assertThat(one.restoredFrom()).isNull();
    assertThat(item.latestRevision()).isSameAs(restored);
    assertThat(item.liveRevision()).isSameAs(two);
    assertThat(item.hasUnpublishedChanges()).isTrue();
    assertThat(RevisionDiff.between(one, restored).changed()).isFalse();
  }

  @Test
  void aRevisionOfAnotherItemCannotBeRestoredHere() {
    ContentItem other = new ContentItem(ContentType.NEWS, new LanguageTag("en"), new Slug("other"));
    Revision foreign = other.newRevision(new RevisionInput("X", "", ""), "ed@x.org");
    save("One");
    assertThatThrownBy(() -> item.restore(foreign, "ed@x.org"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aSaveOnTopOfTheLatestPassesAndOnTopOfAnOlderOneConflicts() {
    save("One");
    assertThat(item.isLatest(1)).isTrue();
    save("Two");
    assertThat(item.isLatest(2)).isTrue();
    assertThat(item.isLatest(1)).isFalse();
  }

  @Test
  void aBaseRevisionThatDoesNotExistIsBadInput() {
    save("One");
    assertThatThrownBy(() -> item.isLatest(2))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no revision 2");
    assertThatThrownBy(() -> item.isLatest(0)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theConflictSaysWhatChangedAndKeepsTheEditorsInput() {
    Revision one = save("One");
    Revision two = save("Two");
    RevisionInput mine = new RevisionInput("Mine", "", "");

    RevisionConflictException conflict =
        new RevisionConflictException(7, 1, 2, two.author(), RevisionDiff.between(one, two), mine);

    assertThat(conflict.getMessage())
        .contains("revision 1", "revision 2 by ed@x.org", "Title, Body", "not saved");
    assertThat(conflict.yours()).isSameAs(mine);
    assertThat(conflict.changes().changedLabels()).containsExactly("Title", "Body");
    assertThat(conflict).isInstanceOf(ContentConflictException.class);
  }

  @Test
  void theTrashTakesAnItemOfflineAndRefusesChangesUntilRestored() {
    Revision one = save("One");
    item.goLive(one, Instant.now());

    item.moveToTrash("ed@x.org", Instant.now());

    assertThat(item.isTrashed()).isTrue();
    assertThat(item.isLive()).isFalse();
    assertThat(item.trashedBy()).isEqualTo("ed@x.org");
    assertThatThrownBy(() -> save("Two")).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> item.goLive(one, Instant.now()))
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> item.moveToTrash("ed@x.org", Instant.now()))
        .isInstanceOf(IllegalStateException.class);

    item.restoreFromTrash();

    assertThat(item.isTrashed()).isFalse();
    assertThat(item.isLive()).as("restored as an offline draft").isFalse();
    assertThat(save("Two").number()).isEqualTo(2);
    assertThatThrownBy(item::restoreFromTrash).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(item::forgetRevisions).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void restoringAnOlderRevisionNeedsAnOlderNumber() {
    save("One");
    assertThatThrownBy(
            () ->
                new Revision(
                    item,
                    2,
                    new RevisionInput("X", "", ""),
                    org.meridian.content.fields.TypeFields.empty(item.type()),
                    "ed@x.org",
                    2))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void comparableFieldsAndToInputGoBothWays() {
    Revision one =
        item.newRevision(
            new RevisionInput("Title", "Sum", "<p>Para <b>one</b></p><p>Two</p>"), "ed@x.org");

    assertThat(one.comparableFields())
        .contains(
            org.assertj.core.api.Assertions.entry("Title", "Title"),
            org.assertj.core.api.Assertions.entry("Summary", "Sum"),
            org.assertj.core.api.Assertions.entry("Body", "Para one\nTwo"));
    assertThat(one.toInput())
        .usingRecursiveComparison()
        .ignoringFields("fields")
        .isEqualTo(new RevisionInput("Title", "Sum", one.body()));
    assertThat(one.toInput().fields()).isEqualTo(one.fields().json());
  }
}
