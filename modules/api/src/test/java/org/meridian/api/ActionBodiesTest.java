package org.meridian.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.meridian.workflow.schedule.ScheduledAction;

/** The bodies of the schedule and translation-link endpoints: every field at fault is listed. */
class ActionBodiesTest {

  @Test
  void aScheduleIsAnActionAndALocalTime() {
    ScheduleBody body =
        ScheduleBody.parse("{\"action\":\"unpublish\",\"at\":\"2026-12-24T09:00\"}");
    assertThat(body.action()).isEqualTo(ScheduledAction.UNPUBLISH);
    assertThat(body.at()).isEqualTo(LocalDateTime.of(2026, 12, 24, 9, 0));
  }

  @Test
  void aBadScheduleListsEveryFieldAtFault() {
    assertThatThrownBy(() -> ScheduleBody.parse("{\"action\":\"LATER\",\"at\":12,\"when\":1}"))
        .isInstanceOfSatisfying(
            InvalidFieldException.class,
            e ->
                assertThat(e.problems())
                    .extracting(FieldProblem::field, FieldProblem::code)
                    .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("when", FieldProblem.UNKNOWN_FIELD),
                        org.assertj.core.groups.Tuple.tuple("action", FieldProblem.INVALID),
                        org.assertj.core.groups.Tuple.tuple("at", FieldProblem.WRONG_TYPE)));
    assertThatThrownBy(() -> ScheduleBody.parse("{}"))
        .isInstanceOfSatisfying(
            InvalidFieldException.class,
            e ->
                assertThat(e.problems())
                    .extracting(FieldProblem::code)
                    .containsOnly(FieldProblem.REQUIRED));
    assertThatThrownBy(() -> ScheduleBody.parse("{\"action\":\"PUBLISH\",\"at\":\"tomorrow\"}"))
        .isInstanceOf(InvalidFieldException.class)
        .hasMessageContaining("2026-12-24T09:00");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {"[1] | must be a JSON object", "{ | not valid JSON"})
  void aBodyThatIsNotAnObjectIsMalformed(String body, String message) {
    assertThatThrownBy(() -> ScheduleBody.parse(body))
        .isInstanceOf(MalformedBodyException.class)
        .hasMessageContaining(message);
    assertThatThrownBy(() -> TranslationLinkBody.parse(body))
        .isInstanceOf(MalformedBodyException.class);
  }

  @Test
  void aTranslationLinkNamesItsSourceByNumber() {
    assertThat(TranslationLinkBody.parse("{\"source\":12}").source()).isEqualTo(12);
    assertThatThrownBy(() -> TranslationLinkBody.parse("{\"source\":\"12\",\"x\":true}"))
        .isInstanceOfSatisfying(
            InvalidFieldException.class, e -> assertThat(e.problems()).hasSize(2));
    assertThatThrownBy(() -> TranslationLinkBody.parse("{\"source\":1.5}"))
        .isInstanceOf(InvalidFieldException.class);
    assertThatThrownBy(() -> TranslationLinkBody.parse("{}"))
        .isInstanceOfSatisfying(
            InvalidFieldException.class,
            e -> assertThat(e.problems().get(0).code()).isEqualTo(FieldProblem.REQUIRED));
  }
}
