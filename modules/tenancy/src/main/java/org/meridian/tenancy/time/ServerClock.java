package org.meridian.tenancy.time;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Produces the {@link Clock} every bean asks for with {@code @Inject Clock}: the system's UTC
 * clock, shifted by {@code meridian.clock.offset} when that is set (test servers). The setting is
 * read once; a wrong value fails at the first "now", and the application's start-up asks for it
 * first.
 */
@ApplicationScoped
public class ServerClock {

  private volatile ClockOffset offset;
  private volatile Clock clock;

  /** The configured offset. @throws IllegalArgumentException naming the setting when it is wrong */
  public ClockOffset offset() {
    ClockOffset known = offset;
    if (known == null) {
      known =
          ClockOffset.parse(
              ConfigProvider.getConfig(ServerClock.class.getClassLoader())
                  .getOptionalValue(ClockOffset.KEY, String.class));
      offset = known;
    }
    return known;
  }

  /** The server's clock, in UTC. */
  @Produces
  public Clock clock() {
    Clock known = clock;
    if (known == null) {
      known = offset().applyTo(Clock.systemUTC());
      clock = known;
    }
    return known;
  }
}
