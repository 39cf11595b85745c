package org.meridian.workflow.notify.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.meridian.workflow.notify.Notification;
import org.meridian.workflow.notify.NotificationKind;

class NotificationMailTest {

  private final Notification notification =
      new Notification(
          "WCA.Publisher@meridian.example.org",
          NotificationKind.AWAITING_REVIEW,
          42,
          "Rains arrive early",
          "gambia.editor@meridian.example.org submitted “Rains arrive early” for review.",
          "gambia.editor@meridian.example.org");

  @Test
  void theSubjectNamesTheOfficeTheKindAndTheItem() {
    assertThat(NotificationMail.subject("gambia", notification))
        .isEqualTo("[Meridian gambia] Awaiting your review: Rains arrive early");
  }

  @Test
  void theBodyLinksToTheItemAndTheInboxInItsOffice() {
    String body = NotificationMail.body("https://cms.example.org/admin/", "gambia", notification);
    assertThat(body)
        .startsWith(notification.message())
        .contains("https://cms.example.org/admin/content/edit.xhtml?item=42&office=gambia")
        .contains("https://cms.example.org/admin/inbox.xhtml?office=gambia");
  }

  @Test
  void aLongTitleStillMakesAValidSubject() {
    Notification long_ =
        new Notification(
            "a@example.org", NotificationKind.PUBLISHED, 1, "x".repeat(300), "m", "b@example.org");
    assertThat(NotificationMail.subject("gambia", long_)).hasSizeLessThanOrEqualTo(300);
    assertThat(long_.recipient()).isEqualTo("a@example.org");
  }
}
