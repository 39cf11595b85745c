package org.meridian.app.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.lang.ArchRule;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

/**
 * "Now" comes from one place: the {@code Clock} that {@code tenancy.time.ServerClock} makes from
 * {@code meridian.clock.offset}, injected wherever the time matters. A class that asks the system
 * clock itself escapes that setting (and the tests that move it).
 */
class OneClockTest {

  /** The clock's own home. */
  private static final String CLOCK_HOME = "org.meridian.tenancy.time..";

  /** The launcher runs before the application and its settings exist. */
  private static final String LAUNCHER = "org.meridian.app.launcher..";

  static final ArchRule NO_SYSTEM_CLOCK_OUTSIDE_ITS_HOME =
      noClasses()
          .that()
          .resideOutsideOfPackages(CLOCK_HOME, LAUNCHER)
          .should()
          .callMethod(Instant.class, "now")
          .orShould()
          .callMethod(LocalDate.class, "now")
          .orShould()
          .callMethod(LocalDateTime.class, "now")
          .orShould()
          .callMethod(ZonedDateTime.class, "now")
          .orShould()
          .callMethod(OffsetDateTime.class, "now")
          .orShould()
          .callMethod(LocalDate.class, "now", ZoneId.class)
          .orShould()
          .callMethod(LocalDateTime.class, "now", ZoneId.class)
          .orShould()
          .callMethod(ZonedDateTime.class, "now", ZoneId.class)
          .orShould()
          .callMethod(Clock.class, "systemUTC")
          .orShould()
          .callMethod(Clock.class, "systemDefaultZone")
          .orShould()
          .callMethod(Clock.class, "system", ZoneId.class)
          .because("now comes from the injected Clock (meridian.clock.offset), never the system's");

  @Test
  void noClassAsksTheSystemClockOutsideTheServerClock() {
    NO_SYSTEM_CLOCK_OUTSIDE_ITS_HOME.check(MeridianClasses.all());
  }
}
