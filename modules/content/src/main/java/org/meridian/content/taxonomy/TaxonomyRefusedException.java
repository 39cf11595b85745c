package org.meridian.content.taxonomy;

import org.meridian.tenancy.Refusal;
import org.meridian.tenancy.Refused;

/** The caller may not change this part of the taxonomy (e.g. an office changing HQ's themes). */
public class TaxonomyRefusedException extends RuntimeException implements Refused {
  private static final long serialVersionUID = 1L;

  /** Why, by code (null for a sentence given as it is). */
  private final Refusal refusal;

  public TaxonomyRefusedException(String message) {
    super(message);
    this.refusal = null;
  }

  public TaxonomyRefusedException(Refusal refusal) {
    super(refusal.text());
    this.refusal = refusal;
  }

  @Override
  public Refusal refusal() {
    return refusal;
  }
}
