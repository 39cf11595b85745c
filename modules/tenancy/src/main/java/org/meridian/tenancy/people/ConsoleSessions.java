package org.meridian.tenancy.people;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;

/**
 * Who is signed in to the console in a request's session, for the few addresses outside the console
 * that show more to staff (media files no live item uses). The console's sign-in module implements
 * it and applies the same {@link SessionRule} as on every console request.
 */
public interface ConsoleSessions {

  /**
   * The e-mail address of the person signed in to {@code request}'s session, when the session may
   * go on; empty without a session, signed out, or when the session has ended. Never creates a
   * session.
   */
  Optional<String> signedIn(HttpServletRequest request);
}
