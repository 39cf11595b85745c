package org.meridian.app.database;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * How often this server looks for due scheduled changes ({@code
 * meridian.schedule.interval-seconds}, 1–60, default 30: changes happen within a minute of their
 * time) and the name it records them under ({@code meridian.node.name}, default host name, port and
 * process id).
 */
record SchedulerSettings(Duration interval, String node) {

  static SchedulerSettings fromConfig() {
    Config config = ConfigProvider.getConfig(SchedulerSettings.class.getClassLoader());
    int seconds =
        config.getOptionalValue("meridian.schedule.interval-seconds", Integer.class).orElse(30);
    String node =
        config
            .getOptionalValue("meridian.node.name", String.class)
            .filter(n -> !n.isBlank())
            .orElseGet(
                () ->
                    hostName()
                        + config
                            .getOptionalValue("meridian.port", String.class)
                            .map(p -> ":" + p)
                            .orElse("")
                        + "/"
                        + ProcessHandle.current().pid());
    return new SchedulerSettings(Duration.ofSeconds(seconds), node.strip());
  }

  private static String hostName() {
    try {
      return InetAddress.getLocalHost().getHostName();
    } catch (UnknownHostException e) {
      return "localhost";
    }
  }
}
