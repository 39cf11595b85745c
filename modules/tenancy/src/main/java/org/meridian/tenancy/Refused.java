package org.meridian.tenancy;

/**
 * An exception that says why by a {@link Refusal}: the console translates it, the API sends its
 * English message and its code.
 */
public interface Refused {

  Refusal refusal();
}
