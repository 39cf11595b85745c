package org.meridian.workflow.review;

import java.util.Objects;

/** The rules' answer: the step is allowed (and where it leads), or refused (and why). */
public record Decision(boolean allowed, EditorialState next, String reason) {

  public static Decision allow(EditorialState next) {
    return new Decision(true, Objects.requireNonNull(next), null);
  }

  public static Decision refuse(String reason) {
    return new Decision(false, null, Objects.requireNonNull(reason));
  }
}
