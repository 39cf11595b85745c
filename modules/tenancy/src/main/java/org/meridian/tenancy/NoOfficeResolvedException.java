package org.meridian.tenancy;

/**
 * Office-owned data was asked for while no office was resolved for the work at hand. Meridian fails
 * closed: this is a programming error, never an invitation to read every office's data.
 */
public class NoOfficeResolvedException extends IllegalStateException {
  private static final long serialVersionUID = 1L;

  public NoOfficeResolvedException() {
    super("No office is resolved for this request: office-owned data cannot be read or written");
  }
}
