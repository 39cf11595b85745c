package org.meridian.app.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;
import java.net.UnknownHostException;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

class StartupFailureTest {

  private static final String WHERE = "database jdbc:postgresql://db:5432/meridian";

  private static SQLException sqlState(String state, String message) {
    return new SQLException(message, state);
  }

  /** How a pool or Flyway hands a driver's error on: wrapped, sometimes twice. */
  private static RuntimeException wrapped(Throwable cause) {
    return new RuntimeException("Unable to obtain connection", new IllegalStateException(cause));
  }

  @Test
  void wrongPasswordNamesTheUserAndPasswordSettings() {
    String line =
        StartupFailure.describe(
            sqlState("28P01", "password authentication failed for user \"meridian\""), WHERE);

    assertThat(line)
        .contains("MERIDIAN_DB_PASSWORD")
        .contains("MERIDIAN_DB_USER")
        .contains(WHERE)
        .contains("password authentication failed");
  }

  @Test
  void refusedAuthorisationNamesTheUserAndPasswordSettings() {
    assertThat(StartupFailure.describe(sqlState("28000", "no pg_hba.conf entry"), WHERE))
        .contains("MERIDIAN_DB_PASSWORD");
  }

  @Test
  void wrongPasswordIsFoundBelowWrappers() {
    assertThat(StartupFailure.describe(wrapped(sqlState("28P01", "auth failed")), WHERE))
        .contains("MERIDIAN_DB_PASSWORD");
  }

  @Test
  void connectionFailureNamesTheUrlSetting() {
    String line = StartupFailure.describe(sqlState("08001", "Connection refused"), WHERE);

    assertThat(line)
        .startsWith("cannot reach the database")
        .contains("MERIDIAN_DB_URL")
        .contains(WHERE)
        .contains("Connection refused")
        .doesNotContain("MERIDIAN_DB_PASSWORD");
  }

  @Test
  void anyConnectionExceptionClassNamesTheUrlSetting() {
    assertThat(StartupFailure.describe(wrapped(sqlState("08006", "I/O error")), WHERE))
        .contains("MERIDIAN_DB_URL");
  }

  @Test
  void connectExceptionCauseNamesTheUrlSetting() {
    String line =
        StartupFailure.describe(wrapped(new ConnectException("Connection refused")), WHERE);

    assertThat(line)
        .startsWith("cannot reach the database")
        .contains("MERIDIAN_DB_URL")
        .contains("Connection refused");
  }

  @Test
  void connectExceptionBelowASqlExceptionWithoutStateNamesTheUrlSetting() {
    SQLException noState = new SQLException("could not connect");
    noState.initCause(new ConnectException("Connection refused"));

    assertThat(StartupFailure.describe(noState, WHERE)).contains("MERIDIAN_DB_URL");
  }

  @Test
  void unknownHostNamesTheUrlSetting() {
    assertThat(StartupFailure.describe(wrapped(new UnknownHostException("db.invalid")), WHERE))
        .contains("MERIDIAN_DB_URL")
        .contains("db.invalid");
  }

  @Test
  void missingDatabaseSaysItDoesNotExist() {
    String line =
        StartupFailure.describe(sqlState("3D000", "database \"meridian\" does not exist"), WHERE);

    assertThat(line).contains("does not exist").contains("MERIDIAN_DB_URL").contains(WHERE);
  }

  @Test
  void ownSettingErrorsAreShownAsTheyAre() {
    String message = "MERIDIAN_DB_URL must start with jdbc:postgresql: or jdbc:h2:, not 'x'";

    assertThat(StartupFailure.describe(wrapped(new IllegalArgumentException(message)), WHERE))
        .isEqualTo(message);
  }

  @Test
  void otherFailuresSayWhereAndWhat() {
    String line =
        StartupFailure.describe(
            new IllegalStateException("Migration V3 failed"), "embedded H2 database jdbc:h2:mem:x");

    assertThat(line)
        .startsWith("the database could not be prepared (embedded H2 database jdbc:h2:mem:x)")
        .contains("Migration V3 failed");
  }

  @Test
  void otherSqlStatesAreNotMistakenForConnectionOrPasswordProblems() {
    String line = StartupFailure.describe(sqlState("42P01", "relation does not exist"), WHERE);

    assertThat(line)
        .startsWith("the database could not be prepared")
        .doesNotContain("MERIDIAN_DB_PASSWORD");
  }

  @Test
  void maskHidesPasswordParameters() {
    assertThat(StartupFailure.mask("jdbc:postgresql://db/meridian?user=m&password=s3cret&ssl=true"))
        .isEqualTo("jdbc:postgresql://db/meridian?user=m&password=***&ssl=true");
    assertThat(StartupFailure.mask("jdbc:h2:mem:x;PASSWORD=s3cret;MODE=PostgreSQL"))
        .doesNotContain("s3cret")
        .endsWith(";MODE=PostgreSQL");
  }

  @Test
  void maskOfNoUrlIsEmpty() {
    assertThat(StartupFailure.mask(null)).isEmpty();
  }
}
