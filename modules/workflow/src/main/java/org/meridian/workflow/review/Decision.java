package org.meridian.workflow.review;

import java.util.Objects;
import org.meridian.tenancy.Refusal;

/**
 * The rules' answer: the step is allowed (and where it leads), or refused (and why, as a {@link
 * Refusal} the console translates; {@link #reason()} is its English).
 */
public record Decision(boolean allowed, EditorialState next, Refusal refusal)
    implements java.io.Serializable {

  public static Decision allow(EditorialState next) {
    return new Decision(true, Objects.requireNonNull(next), null);
  }

  public static Decision refuse(String code, String english, Object... args) {
    return new Decision(false, null, Refusal.of("workflow." + code, english, args));
  }

  /** Why the step is refused, in English; null when it is allowed. */
  public String reason() {
    return refusal == null ? null : refusal.text();
  }
}
