package org.meridian.content.alert;

import java.io.Serializable;
import java.time.Instant;
import java.util.Map;

/** An alert as the console lists it. {@code audience} is a region's code, or empty: the network. */
public record AlertLine(
    long id,
    String audience,
    Instant startsAt,
    Instant endsAt,
    String link,
    Map<String, String> messages,
    String issuedBy,
    AlertStatus status,
    String withdrawnBy)
    implements Serializable {

  public AlertLine {
    messages = Map.copyOf(messages);
  }
}
