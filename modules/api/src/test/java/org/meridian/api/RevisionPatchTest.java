package org.meridian.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.meridian.content.ContentType;
import org.meridian.content.RevisionInput;
import org.meridian.content.fields.TypeFields;

/** RFC 7396 over an item's text: what is not sent is never changed. */
class RevisionPatchTest {

  private static final RevisionInput LATEST =
      new RevisionInput("Old title", "Old summary", "<p>Old body</p>");
  private static final TypeFields NEWS_FIELDS =
      TypeFields.validate(
          ContentType.NEWS,
          Json.createObjectBuilder().add("kind", "story").add("datelinePlace", "Banjul").build());

  private static RevisionInput patch(String body) {
    return RevisionPatch.parse(body, false).applyTo(ContentType.NEWS, LATEST, NEWS_FIELDS);
  }

  @Test
  void aTitleAloneChangesTheTitleOnly() {
    RevisionInput input = patch("{\"title\":\"New title\"}");

    assertThat(input.title()).isEqualTo("New title");
    assertThat(input.summary()).isEqualTo("Old summary");
    assertThat(input.body()).isEqualTo("<p>Old body</p>");
    assertThat(input.fields()).isEqualTo(NEWS_FIELDS.json());
  }

  @Test
  void putKeepsWhatIsNotSentToo() {
    RevisionInput input =
        RevisionPatch.parse("{\"basedOnRevision\":2,\"title\":\"T\"}", true)
            .applyTo(ContentType.NEWS, LATEST, NEWS_FIELDS);

    assertThat(input.summary()).isEqualTo("Old summary");
    assertThat(input.body()).isEqualTo("<p>Old body</p>");
    assertThat(input.fields()).isEqualTo(NEWS_FIELDS.json());
  }

  @Test
  void nullClearsTheSummaryAndTheBody() {
    RevisionInput input = patch("{\"summary\":null,\"body\":null}");

    assertThat(input.title()).isEqualTo("Old title");
    assertThat(input.summary()).isEmpty();
    assertThat(input.body()).isEmpty();
  }

  @Test
  void typeFieldsAreMergedMemberByMember() {
    RevisionInput input = patch("{\"fields\":{\"kind\":\"news\",\"datelinePlace\":null}}");

    assertThat(input.fields().getString("kind")).isEqualTo("news");
    assertThat(input.fields().containsKey("datelinePlace")).isFalse();
  }

  @Test
  void putReplacesTheTypeFieldsAsAWhole() {
    RevisionInput input =
        RevisionPatch.parse("{\"fields\":{\"kind\":\"news\"}}", true)
            .applyTo(ContentType.NEWS, LATEST, NEWS_FIELDS);

    assertThat(input.fields().keySet()).containsExactly("kind");
  }

  @Test
  void theBaseRevisionIsReadAndLeftOutOfThePatch() {
    RevisionPatch patch = RevisionPatch.parse("{\"basedOnRevision\":3,\"title\":\"T\"}", false);

    assertThat(patch.basedOnRevision()).isEqualTo(3);
    assertThat(patch.patch().keySet()).containsExactly("title");
    assertThat(RevisionPatch.parse("{\"title\":\"T\"}", false).basedOnRevision()).isNull();
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "{\"basedOnRevision\":\"3\"}                 | basedOnRevision | api.wrong_type",
        "{\"basedOnRevision\":0}                     | basedOnRevision | api.wrong_type",
        "{\"basedOnRevision\":1.5}                   | basedOnRevision | api.wrong_type",
        "{\"title\":null}                            | title           | api.required",
        "{\"title\":7}                               | title           | api.wrong_type",
        "{\"summary\":[]}                            | summary         | api.wrong_type",
        "{\"fields\":\"x\"}                          | fields          | api.wrong_type",
        "{\"slug\":\"x\"}                            | slug            | api.unknown_field"
      })
  void everyRefusalNamesItsFieldAndCode(String body, String field, String code) {
    assertThatThrownBy(() -> patch(body))
        .isInstanceOfSatisfying(
            InvalidFieldException.class,
            e -> {
              assertThat(e.field()).isEqualTo(field);
              assertThat(e.problems().get(0).code()).isEqualTo(code);
            });
  }

  @Test
  void everyBadMemberIsListedAtOnce() {
    assertThatThrownBy(() -> patch("{\"title\":1,\"summary\":2,\"body\":3,\"slug\":\"x\"}"))
        .isInstanceOfSatisfying(
            InvalidFieldException.class,
            e ->
                assertThat(e.problems())
                    .extracting(FieldProblem::field)
                    .containsExactlyInAnyOrder("title", "summary", "body", "slug"));
  }

  @Test
  void valuesTheContentRefusesAreListedWithTheirCodes() {
    assertThatThrownBy(
            () -> patch("{\"title\":\"" + "t".repeat(301) + "\",\"fields\":{\"kind\":\"rumour\"}}"))
        .isInstanceOfSatisfying(
            InvalidFieldException.class,
            e ->
                assertThat(e.problems())
                    .extracting(FieldProblem::field, FieldProblem::code)
                    .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(
                            "fields.kind", "fields.not_a_choice_0_1_2"),
                        org.assertj.core.groups.Tuple.tuple("title", FieldProblem.INVALID)));
  }

  @Test
  void aBodyThatIsNotAnObjectIsMalformed() {
    assertThatThrownBy(() -> patch("[1]")).isInstanceOf(MalformedBodyException.class);
    assertThatThrownBy(() -> patch("{\"title\":")).isInstanceOf(MalformedBodyException.class);
  }
}
