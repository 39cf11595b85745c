package org.meridian.content.alert;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.meridian.tenancy.office.LanguageTag;

class AlertBoardTest {

  private static final Instant NOW = Instant.parse("2026-11-27T12:00:00Z");
  private static final LanguageTag EN = new LanguageTag("en");
  private static final LanguageTag FR = new LanguageTag("fr");
  private static final LanguageTag AR = new LanguageTag("ar");

  private static AlertBoard.Entry alert(long id, Long audience, long fromMinutes, long toMinutes) {
    return new AlertBoard.Entry(
        id,
        audience,
        NOW.plusSeconds(fromMinutes * 60),
        NOW.plusSeconds(toMinutes * 60),
        "",
        Map.of("en", "Appeal " + id, "fr", "Appel " + id));
  }

  @Test
  void aNetworkAlertShowsEverywhereARegionsOnlyInItAndItsOffices() {
    List<AlertBoard.Entry> alerts = List.of(alert(1, null, -5, 5), alert(2, 20L, -5, 5));

    assertThat(AlertBoard.select(alerts, 30, 20L, EN, EN, NOW))
        .extracting(ShownAlert::id)
        .containsExactly(1L, 2L);
    assertThat(AlertBoard.select(alerts, 20, 20L, EN, EN, NOW))
        .extracting(ShownAlert::id)
        .containsExactly(1L, 2L);
    assertThat(AlertBoard.select(alerts, 40, 21L, EN, EN, NOW))
        .extracting(ShownAlert::id)
        .containsExactly(1L);
    assertThat(AlertBoard.select(alerts, 1, null, EN, EN, NOW))
        .extracting(ShownAlert::id)
        .containsExactly(1L);
  }

  @Test
  void anAlertShowsFromItsStartUntilItsEndOnly() {
    List<AlertBoard.Entry> alerts =
        List.of(alert(1, null, 1, 5), alert(2, null, -5, 0), alert(3, null, 0, 1));

    assertThat(AlertBoard.select(alerts, 30, null, EN, EN, NOW))
        .extracting(ShownAlert::id)
        .containsExactly(3L);
    assertThat(AlertBoard.select(alerts, 30, null, EN, EN, NOW.plusSeconds(120)))
        .extracting(ShownAlert::id)
        .containsExactly(1L);
  }

  @Test
  void theTextIsInThePagesLanguageElseTheOfficesElseEnglish() {
    List<AlertBoard.Entry> alerts = List.of(alert(1, null, -5, 5));

    assertThat(AlertBoard.select(alerts, 30, null, FR, EN, NOW).get(0).message())
        .isEqualTo("Appel 1");
    assertThat(AlertBoard.select(alerts, 30, null, AR, FR, NOW).get(0))
        .isEqualTo(new ShownAlert(1, "fr", "Appel 1", ""));
    assertThat(AlertBoard.select(alerts, 30, null, AR, AR, NOW).get(0).language()).isEqualTo("en");
  }

  @Test
  void theFingerprintChangesWithTheAlertsShown() {
    assertThat(AlertBoard.fingerprint(List.of())).isEmpty();
    assertThat(
            AlertBoard.fingerprint(
                List.of(new ShownAlert(3, "en", "a", ""), new ShownAlert(9, "fr", "b", ""))))
        .isEqualTo("3,9");
  }

  @Test
  void aBoardReadWhileAnAlertChangesIsShownOnceButNotKept() {
    AlertBoard board = new AlertBoard("5", null);
    List<AlertBoard.Entry> before = List.of(alert(1, null, -5, 5));
    List<AlertBoard.Entry> after = List.of(alert(1, null, -5, 5), alert(2, null, -5, 5));
    // An alert issued on another server is committed, and the board forgotten, while a page reads
    // it: that reading may hold the alerts as they were.
    assertThat(
            board.current(
                NOW,
                () -> {
                  board.forget();
                  return before;
                }))
        .isEqualTo(before);
    assertThat(board.current(NOW.plusSeconds(1), () -> after))
        .as("read again at the next page, not an interval later")
        .isEqualTo(after);
    assertThat(
            board.current(
                NOW.plusSeconds(2),
                () -> {
                  throw new AssertionError("read again within the interval");
                }))
        .as("a reading nothing disturbed is kept")
        .isEqualTo(after);
  }

  @Test
  void theBoardIsReadAgainEveryFewSecondsAsConfigured() {
    assertThat(AlertBoard.reloadInterval("5")).isEqualTo(java.time.Duration.ofSeconds(5));
    assertThat(AlertBoard.reloadInterval(" 1 ")).isEqualTo(java.time.Duration.ofSeconds(1));
    assertThat(AlertBoard.reloadInterval("60")).isEqualTo(java.time.Duration.ofMinutes(1));
    for (String wrong : new String[] {"0", "61", "-1", "5s", "", "PT5S"}) {
      org.assertj.core.api.Assertions.assertThatThrownBy(() -> AlertBoard.reloadInterval(wrong))
          .as(wrong)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining(
              "meridian.alerts.reload-seconds must be a whole number from 1 to 60");
    }
  }
}
