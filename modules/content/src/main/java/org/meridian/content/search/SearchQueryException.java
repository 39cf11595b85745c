package org.meridian.content.search;

import org.meridian.tenancy.Refusal;
import org.meridian.tenancy.Refused;

/** A search request that cannot be run as asked (too long); its message says what to change. */
public class SearchQueryException extends IllegalArgumentException implements Refused {

  private static final long serialVersionUID = 1L;

  private final Refusal refusal;

  public SearchQueryException(Refusal refusal) {
    super(refusal.text());
    this.refusal = refusal;
  }

  @Override
  public Refusal refusal() {
    return refusal;
  }
}
