package org.meridian.content.taxonomy;

/** The caller may not change this part of the taxonomy (e.g. an office changing HQ's themes). */
public class TaxonomyRefusedException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public TaxonomyRefusedException(String message) {
    super(message);
  }
}
