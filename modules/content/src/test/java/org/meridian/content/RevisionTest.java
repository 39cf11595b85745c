package org.meridian.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import jakarta.json.Json;
import org.junit.jupiter.api.Test;
import org.meridian.content.fields.TypeFields;
import org.meridian.tenancy.office.LanguageTag;

class RevisionTest {

  private static final ContentItem EVENT_ITEM =
      new ContentItem(ContentType.EVENT, new LanguageTag("en"), new Slug("open-day"));

  private static RevisionInput eventInput() {
    return RevisionInput.builder()
        .title("Open day")
        .summary("Come and meet the team.")
        .body("<p>Doors open at nine.</p>")
        .heroImage(41L, "Visitors at the entrance", false)
        .seoDescription("Open day at the office")
        .socialImage(42L)
        .fields(
            Json.createObjectBuilder()
                .add(
                    "start",
                    Json.createObjectBuilder()
                        .add("local", "2026-06-01T09:00")
                        .add("zone", "Africa/Banjul"))
                .add(
                    "end",
                    Json.createObjectBuilder()
                        .add("local", "2026-06-01T16:00")
                        .add("zone", "Africa/Banjul"))
                .add("venue", "Office garden")
                .build())
        .build();
  }

  private static Revision revision(RevisionInput input) {
    return new Revision(
        EVENT_ITEM, 3, input, TypeFields.validate(ContentType.EVENT, input.fields()), "a@b.org");
  }

  @Test
  void toInputGivesBackEveryField() {
    RevisionInput input = eventInput();

    RevisionInput back = revision(input).toInput();

    assertThat(back).isEqualTo(input);
    assertThat(back.common().heroImageId()).isEqualTo(41L);
    assertThat(back.fields().getString("venue")).isEqualTo("Office garden");
  }

  @Test
  void comparableFieldsCoverCommonAndTypeFieldsInOrder() {
    var fields = revision(eventInput()).comparableFields();

    assertThat(fields.keySet())
        .containsSubsequence(
            "Title",
            "Summary",
            "Body",
            "Hero image",
            "Search description",
            "Starts",
            "Ends",
            "Venue");
    assertThat(fields)
        .containsEntry("Title", "Open day")
        .containsEntry("Hero image", "media 41")
        .containsEntry("Hero image description", "Visitors at the entrance")
        .containsEntry("Starts", "2026-06-01T09:00 (Africa/Banjul)")
        .containsEntry("Venue", "Office garden")
        .containsEntry("Registration link", "");
  }

  @Test
  void fieldsOfAnotherTypeAreRefused() {
    RevisionInput input = new RevisionInput("News", "", "");
    assertThatIllegalArgumentException()
        .isThrownBy(
            () ->
                new Revision(EVENT_ITEM, 1, input, TypeFields.empty(ContentType.NEWS), "a@b.org"));
  }
}
