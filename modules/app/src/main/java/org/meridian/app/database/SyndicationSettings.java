package org.meridian.app.database;

import java.time.Duration;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * How often each server looks for syndication work that nobody started ({@code
 * meridian.syndication.interval-seconds}, 1–300, default 10). A sharing starts its fan-out at once
 * after it is saved; the interval only matters for work another server left or a retry.
 */
final class SyndicationSettings {

  private SyndicationSettings() {}

  static Duration interval() {
    int seconds =
        ConfigProvider.getConfig(SyndicationSettings.class.getClassLoader())
            .getOptionalValue("meridian.syndication.interval-seconds", Integer.class)
            .orElse(10);
    if (seconds < 1 || seconds > 300) {
      throw new IllegalArgumentException(
          "meridian.syndication.interval-seconds must be between 1 and 300: got " + seconds);
    }
    return Duration.ofSeconds(seconds);
  }
}
