package org.meridian.content.search;

/** A search request that cannot be run as asked (too long); its message says what to change. */
public class SearchQueryException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  public SearchQueryException(String message) {
    super(message);
  }
}
