package org.meridian.app.web;

/** The requests being served now, for the launcher's drain on SIGTERM. */
public interface InFlightRequestsMBean {
  int getCount();
}
