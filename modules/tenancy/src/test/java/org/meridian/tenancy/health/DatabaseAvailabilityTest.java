package org.meridian.tenancy.health;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.EOFException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class DatabaseAvailabilityTest {

  private final List<String> log = new ArrayList<>();
  private Instant now = Instant.parse("2026-12-07T09:00:00Z");
  private final Clock clock =
      new Clock() {
        @Override
        public ZoneOffset getZone() {
          return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
          return this;
        }

        @Override
        public Instant instant() {
          return now;
        }
      };
  private final DatabaseAvailability availability = new DatabaseAvailability(clock, log::add);

  @Test
  void oneLinePerChangeOfStateNotPerFailure() {
    for (int i = 0; i < 1000; i++) {
      availability.down("refused " + i);
    }
    assertThat(availability.isDown()).isTrue();
    now = now.plusSeconds(20);
    assertThat(availability.downFor()).contains(Duration.ofSeconds(20));
    for (int i = 0; i < 1000; i++) {
      availability.up();
    }
    assertThat(availability.isDown()).isFalse();
    assertThat(log)
        .containsExactly(
            "Database unavailable (refused 0): serving kept pages, 503 for the rest, until it"
                + " answers again",
            "Database available again after 20000 ms");
  }

  @Test
  void aSuspicionAsksTheWatchAndChangesNothingWithoutOne() {
    availability.suspect(new SQLException("refused", "08001"));
    assertThat(availability.isDown()).as("no watch (the embedded database)").isFalse();
    List<String> asked = new ArrayList<>();
    availability.watchedBy(() -> asked.add("now"));
    availability.suspect(new SQLException("refused", "08001"));
    assertThat(asked).containsExactly("now");
    assertThat(log).isEmpty();
  }

  static List<Object[]> failures() {
    return List.of(
        new Object[] {new SQLException("Connection to 127.0.0.1:5432 refused", "08001"), true},
        new Object[] {new SQLException("terminating connection", "57P01"), true},
        new Object[] {new SQLException("duplicate key", "23505"), false},
        new Object[] {new jakarta.persistence.OptimisticLockException("changed meanwhile"), false},
        new Object[] {
          new jakarta.persistence.PersistenceException(
              new SQLException("An I/O error occurred", "08006", new SocketTimeoutException())),
          true
        },
        // A socket error counts when the database's path threw it: JDBC, the driver, EclipseLink.
        new Object[] {new SQLException("I/O error", null, new EOFException()), true},
        new Object[] {
          new jakarta.persistence.PersistenceException(
              org.eclipse.persistence.exceptions.DatabaseException.sqlException(
                  new SQLException("no answer", null, new SocketException("Connection reset")))),
          true
        },
        new Object[] {
          new jakarta.persistence.PersistenceException(
              new SocketTimeoutException("Read timed out")),
          true
        },
        new Object[] {new java.sql.SQLTransientConnectionException("pool empty"), true},
        // ... and not otherwise: a visitor's upload cut short, a mail server, any other address.
        new Object[] {new SocketException("Connection reset"), false},
        new Object[] {new EOFException("Unexpected end of stream"), false},
        new Object[] {new IOException("Connection is closed", new EOFException()), false},
        new Object[] {
          new jakarta.servlet.ServletException(new SocketException("Broken pipe")), false
        },
        new Object[] {new RuntimeException(new SocketTimeoutException("Read timed out")), false},
        new Object[] {new IllegalStateException(new ConnectException("refused")), false},
        new Object[] {
          new jakarta.mail.MessagingException("could not connect", new ConnectException()), false
        },
        new Object[] {new NullPointerException("a bug"), false},
        new Object[] {new IllegalArgumentException("bad slug"), false});
  }

  @ParameterizedTest
  @MethodSource("failures")
  void databaseFailuresAreToldFromBugs(Throwable failure, boolean database) {
    assertThat(DatabaseAvailability.isDatabaseFailure(failure)).isEqualTo(database);
  }
}
