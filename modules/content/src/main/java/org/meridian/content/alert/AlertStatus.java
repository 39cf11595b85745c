package org.meridian.content.alert;

import java.time.Instant;

/** Where an alert stands at a given time. */
public enum AlertStatus {
  SCHEDULED,
  SHOWING,
  ENDED,
  WITHDRAWN;

  static AlertStatus of(NetworkAlert alert, Instant now) {
    if (alert.isWithdrawn()) {
      return WITHDRAWN;
    }
    if (!alert.endsAt().isAfter(now)) {
      return ENDED;
    }
    return alert.startsAt().isAfter(now) ? SCHEDULED : SHOWING;
  }
}
