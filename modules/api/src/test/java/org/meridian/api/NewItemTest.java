package org.meridian.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.meridian.content.ContentType;
import org.meridian.tenancy.office.LanguageTag;
import org.meridian.tenancy.office.OfficeCode;
import org.meridian.tenancy.office.OfficeRef;
import org.meridian.tenancy.office.OfficeStatus;
import org.meridian.tenancy.office.OfficeType;

class NewItemTest {

  private static final LanguageTag EN = new LanguageTag("en");
  private static final OfficeRef GAMBIA =
      new OfficeRef(
          1,
          new OfficeCode("gambia"),
          OfficeType.COUNTRY,
          OfficeStatus.ACTIVE,
          EN,
          List.of(EN),
          ZoneId.of("Africa/Banjul"),
          Map.of("en", "Meridian in The Gambia"),
          null,
          org.meridian.tenancy.office.AccentColour.DEFAULT,
          new org.meridian.tenancy.office.OfficeContact(null, null, null),
          Map.of(),
          false,
          null);

  private static final String VALID =
      "{\"type\":\"news\",\"language\":\"en\",\"slug\":\"new-report\",\"title\":\" New report \","
          + "\"summary\":\"Short\",\"body\":\"<p>Text</p><script>alert(1)</script>\"}";

  @Test
  void aValidBodyBecomesADraftsFields() {
    NewItem item = NewItem.parse(VALID, GAMBIA);

    assertThat(item.type()).isEqualTo(ContentType.NEWS);
    assertThat(item.language()).isEqualTo(EN);
    assertThat(item.slug().value()).isEqualTo("new-report");
    assertThat(item.input().title()).isEqualTo("New report");
    assertThat(item.input().summary()).isEqualTo("Short");
    assertThat(item.input().body()).isEqualTo("<p>Text</p>");
  }

  @Test
  void summaryAndBodyMayBeLeftOut() {
    NewItem item =
        NewItem.parse(
            "{\"type\":\"page\",\"language\":\"en\",\"slug\":\"a\",\"title\":\"A\"}", GAMBIA);

    assertThat(item.input().summary()).isEmpty();
    assertThat(item.input().body()).isEmpty();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "not json at all | The body is not valid JSON",
        "[1, 2] | The body must be a JSON object",
        "'' | The body is not valid JSON"
      })
  void aBodyThatIsNotAJsonObjectIsA400(String body, String message) {
    assertThatThrownBy(() -> NewItem.parse(body, GAMBIA))
        .isInstanceOf(MalformedBodyException.class)
        .hasMessageContaining(message);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "{\"language\":\"en\",\"slug\":\"a\",\"title\":\"A\"} | type | is required",
        "{\"type\":\"recipe\",\"language\":\"en\",\"slug\":\"a\",\"title\":\"A\"} | type | must be one of",
        "{\"type\":\"page\",\"language\":\"fr\",\"slug\":\"a\",\"title\":\"A\"} | language | publishes in [en]",
        "{\"type\":\"page\",\"language\":\"??\",\"slug\":\"a\",\"title\":\"A\"} | language | language tag",
        "{\"type\":\"page\",\"language\":\"en\",\"slug\":\"Not A Slug\",\"title\":\"A\"} | slug | lower-case",
        "{\"type\":\"page\",\"language\":\"en\",\"slug\":\"a\",\"title\":\"  \"} | title | title is required",
        "{\"type\":\"page\",\"language\":\"en\",\"slug\":\"a\"} | title | is required",
        "{\"type\":\"page\",\"language\":\"en\",\"slug\":\"a\",\"title\":7} | title | must be a string",
        "{\"type\":\"page\",\"language\":\"en\",\"slug\":\"a\",\"title\":\"A\",\"titel\":\"B\"} | titel | Unknown field"
      })
  void aBadFieldIsNamed(String body, String field, String message) {
    assertThatThrownBy(() -> NewItem.parse(body, GAMBIA))
        .isInstanceOfSatisfying(
            InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo(field))
        .hasMessageContaining(message);
  }

  @Test
  void aTooLongSummaryIsNamed() {
    String body =
        "{\"type\":\"page\",\"language\":\"en\",\"slug\":\"a\",\"title\":\"A\",\"summary\":\""
            + "s".repeat(1001)
            + "\"}";

    assertThatThrownBy(() -> NewItem.parse(body, GAMBIA))
        .isInstanceOfSatisfying(
            InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo("summary"));
  }

  @Test
  void everyBadFieldIsListedWithAStableCode() {
    String body =
        "{\"type\":\"recipe\",\"language\":\"fr\",\"slug\":\"Not A Slug\",\"title\":7,"
            + "\"summary\":\""
            + "s".repeat(1001)
            + "\",\"colour\":\"red\",\"fields\":[]}";

    assertThatThrownBy(() -> NewItem.parse(body, GAMBIA))
        .isInstanceOfSatisfying(
            InvalidFieldException.class,
            e ->
                assertThat(e.problems())
                    .extracting(FieldProblem::field, FieldProblem::code)
                    .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("colour", FieldProblem.UNKNOWN_FIELD),
                        org.assertj.core.groups.Tuple.tuple("type", FieldProblem.INVALID),
                        org.assertj.core.groups.Tuple.tuple(
                            "language", "api.language_not_published"),
                        org.assertj.core.groups.Tuple.tuple("slug", "content.slug_shape_0_1"),
                        org.assertj.core.groups.Tuple.tuple("title", FieldProblem.WRONG_TYPE),
                        org.assertj.core.groups.Tuple.tuple("summary", FieldProblem.INVALID),
                        org.assertj.core.groups.Tuple.tuple("fields", FieldProblem.WRONG_TYPE)));
  }

  @Test
  void theTypesOwnFieldsAreCheckedWithTheOthers() {
    String body =
        "{\"type\":\"news\",\"language\":\"en\",\"slug\":\"Bad Slug\",\"title\":\"A\","
            + "\"fields\":{\"kind\":\"rumour\"}}";

    assertThatThrownBy(() -> NewItem.parse(body, GAMBIA))
        .isInstanceOfSatisfying(
            InvalidFieldException.class,
            e ->
                assertThat(e.problems())
                    .extracting(FieldProblem::field, FieldProblem::code)
                    .contains(
                        org.assertj.core.groups.Tuple.tuple(
                            "fields.kind", "fields.not_a_choice_0_1_2"))
                    .extracting(t -> t.toList().get(0))
                    .contains("slug"));
  }
}
