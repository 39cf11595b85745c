package org.meridian.content.archive;

import org.meridian.tenancy.Refusal;
import org.meridian.tenancy.RefusedArgumentException;

/** An archive, or a part of one, that cannot be read or imported; the refusal says why. */
public class ArchiveRefusedException extends RefusedArgumentException {

  private static final long serialVersionUID = 1L;

  public ArchiveRefusedException(Refusal refusal) {
    super(refusal);
  }

  public ArchiveRefusedException(Refusal refusal, Throwable cause) {
    super(refusal);
    initCause(cause);
  }
}
