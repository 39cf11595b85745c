package org.meridian.content.alert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.meridian.content.fields.InvalidFieldsException;

class AlertDraftTest {

  private static final Instant NOW = Instant.parse("2026-11-27T12:00:00Z");

  private static Map<String, String> errors(AlertDraft draft) {
    try {
      draft.checked(NOW);
    } catch (InvalidFieldsException e) {
      return e.errors();
    }
    throw new AssertionError("accepted: " + draft);
  }

  @Test
  void aGoodDraftStartsNowWhenNoStartIsGivenAndKeepsOneLineTexts() {
    Map<String, String> texts = new LinkedHashMap<>();
    texts.put("en", "  Floods in the north:\n donate now ");
    texts.put("fr", "   ");
    AlertDraft checked =
        new AlertDraft(
                null, null, NOW.plus(Duration.ofDays(3)), "https://example.org/appeal", texts)
            .checked(NOW);

    assertThat(checked.startsAt()).isEqualTo(NOW);
    assertThat(checked.messages())
        .containsExactly(Map.entry("en", "Floods in the north: donate now"));
    assertThat(checked.audience()).isNull();
  }

  @Test
  void everyWrongFieldHasItsOwnMessage() {
    Map<String, String> errors =
        errors(
            new AlertDraft(
                "west-africa",
                NOW.plusSeconds(60),
                NOW.plusSeconds(30),
                "javascript:alert(1)",
                Map.of("en", "x".repeat(301))));

    assertThat(errors)
        .containsEntry("endsAt", "The alert must end after it starts")
        .containsEntry(
            "link", "The link is an https:// address or a path on the site starting with /")
        .containsEntry("message-en", "Keep the alert to 300 characters (it has 301)");
  }

  @Test
  void noTextNoEndAPastEndAndAnEndlessAlertAreRefused() {
    assertThat(errors(new AlertDraft(null, null, null, "", Map.of())))
        .containsEntry("messages", "Write the alert's text in at least one language")
        .containsKey("endsAt");
    assertThat(
            errors(
                new AlertDraft(
                    null, NOW.minusSeconds(600), NOW.minusSeconds(60), "", Map.of("en", "Hi"))))
        .containsEntry("endsAt", "This end time has already passed");
    assertThat(
            errors(
                new AlertDraft(null, null, NOW.plus(Duration.ofDays(91)), "", Map.of("en", "Hi"))))
        .containsEntry("endsAt", "An alert runs for at most 90 days");
    assertThat(
            errors(new AlertDraft(null, null, NOW.plusSeconds(60), "", Map.of("not a tag!", "Hi"))))
        .containsKey("message-not a tag!");
  }

  @Test
  void sitePathsAndHttpsLinksAreAcceptedHttpAndMarkupAreNot() {
    Map<String, String> en = Map.of("en", "Appeal");
    Instant end = NOW.plusSeconds(3600);
    assertThat(new AlertDraft(null, null, end, "/hq/en/appeal", en).checked(NOW).link())
        .isEqualTo("/hq/en/appeal");
    assertThatThrownBy(() -> new AlertDraft(null, null, end, "http://example.org", en).checked(NOW))
        .isInstanceOf(InvalidFieldsException.class);
    assertThatThrownBy(() -> new AlertDraft(null, null, end, "/x\"><script>", en).checked(NOW))
        .isInstanceOf(InvalidFieldsException.class);
  }
}
