package org.meridian.app.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.Optional;
import org.meridian.tenancy.people.ConsoleSessions;

/**
 * Reads who signed in to a request's session as {@link ConsoleAuthModule} keeps it, and asks {@link
 * ConsoleSignIn#resume} whether the session may go on, as every console request does. A session
 * that may not is left to the console, which ends it at its next request.
 */
@ApplicationScoped
public class ConsoleSessionReader implements ConsoleSessions {

  @Inject private ConsoleSignIn signIn;

  @Override
  public Optional<String> signedIn(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    if (session == null) {
      return Optional.empty();
    }
    Object signedIn;
    try {
      signedIn = session.getAttribute(ConsoleAuthModule.SIGNED_IN);
    } catch (IllegalStateException ended) {
      return Optional.empty(); // invalidated meanwhile
    }
    if (!(signedIn instanceof ConsoleAuthModule.SignedIn who)) {
      return Optional.empty();
    }
    return signIn.resume(who.name(), who.since()).map(ConsoleSignIn.Result::name);
  }
}
