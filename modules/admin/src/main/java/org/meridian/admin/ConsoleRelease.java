package org.meridian.admin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import org.meridian.tenancy.health.BuildInfo;

/** The release the server runs, in the console's footer (as in {@code /health}). */
@Named("release")
@ApplicationScoped
public class ConsoleRelease {

  public String getVersion() {
    return BuildInfo.version();
  }
}
