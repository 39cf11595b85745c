package org.meridian.content.archive;

import org.meridian.tenancy.Refusal;
import org.meridian.tenancy.Refused;

/** Someone who may not move offices in or out asked to (HQ administrators only). */
public class ArchiveDeniedException extends RuntimeException implements Refused {

  private static final long serialVersionUID = 1L;

  private final Refusal refusal;

  public ArchiveDeniedException() {
    this.refusal =
        Refusal.of(
            "archive.hq_administrators_only", "Only HQ administrators export and import offices.");
  }

  @Override
  public String getMessage() {
    return refusal.text();
  }

  @Override
  public Refusal refusal() {
    return refusal;
  }
}
