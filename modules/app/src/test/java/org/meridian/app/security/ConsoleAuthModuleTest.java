package org.meridian.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.security.auth.message.AuthStatus;
import jakarta.security.auth.message.MessageInfo;
import jakarta.security.auth.message.callback.CallerPrincipalCallback;
import jakarta.security.auth.message.callback.GroupPrincipalCallback;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.security.auth.Subject;
import javax.security.auth.callback.Callback;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.meridian.tenancy.signin.SignInAttempted.Outcome;

/**
 * The console's authentication module against a stand-in container: requests, sessions, callbacks.
 */
class ConsoleAuthModuleTest {

  /** What the stand-in sign-in check answers, and what it was asked. */
  private static final class FakeSignIn extends ConsoleSignIn {
    Outcome outcome = Outcome.SUCCEEDED;
    final List<String> asked = new ArrayList<>();

    /** The groups a session has now; {@code null}: the session has ended. */
    List<String> groupsNow = List.of("STAFF", "EDITOR");

    @Override
    public java.util.Optional<Result> resume(String name, java.time.Instant since) {
      return java.util.Optional.ofNullable(groupsNow)
          .map(groups -> new Result(Outcome.SUCCEEDED, name, groups));
    }

    @Override
    public java.time.Instant now() {
      return java.time.Instant.parse("2026-12-07T08:00:00Z");
    }

    @Override
    public Result check(
        String login, String password, String remote, String forwardedFor, String device) {
      asked.add(login);
      return outcome == Outcome.SUCCEEDED
          ? new Result(outcome, login, List.of("STAFF", "EDITOR"))
          : Result.refused(outcome);
    }
  }

  private final FakeSignIn signIn = new FakeSignIn();
  private final List<Callback> callbacks = new ArrayList<>();
  private final Map<String, Object> sessionAttributes = new HashMap<>();
  private boolean hasSession;
  private boolean sessionIdChanged;
  private boolean sessionInvalidated;
  private String redirectedTo;
  private ConsoleAuthModule module;
  private final org.meridian.tenancy.health.DatabaseAvailability database =
      new org.meridian.tenancy.health.DatabaseAvailability(java.time.Clock.systemUTC(), line -> {});

  @BeforeEach
  void newModule() {
    module = new ConsoleAuthModule(signIn, database);
    module.initialize(null, null, cbs -> callbacks.addAll(List.of(cbs)), Map.of());
  }

  @Test
  void aPublicPageIsAnonymousAndNeverTouchesTheSession() throws Exception {
    AuthStatus status =
        module.validateRequest(info("GET", "/gambia/en/news", null, false), subject(), null);
    assertThat(status).isEqualTo(AuthStatus.SUCCESS);
    assertThat(hasSession).as("a session made for a visitor").isFalse();
    assertThat(callbacks)
        .singleElement()
        .isInstanceOfSatisfying(
            CallerPrincipalCallback.class, c -> assertThat(c.getPrincipal()).isNull());
    assertThat(signIn.asked).isEmpty();
  }

  @Test
  void aConsolePageWithoutSignInGoesToTheSignInPageAndIsRemembered() throws Exception {
    AuthStatus status =
        module.validateRequest(
            info("GET", "/admin/content/edit.xhtml", "item=4", true), subject(), null);
    assertThat(status).isEqualTo(AuthStatus.SEND_CONTINUE);
    assertThat(redirectedTo).isEqualTo("/admin/login.xhtml");
    assertThat(sessionAttributes)
        .containsEntry(ConsoleAuthModule.WANTED, "/admin/content/edit.xhtml?item=4");

    status = module.validateRequest(signInPost("editor@example.org"), subject(), null);
    assertThat(status).isEqualTo(AuthStatus.SEND_CONTINUE);
    assertThat(redirectedTo).isEqualTo("/admin/content/edit.xhtml?item=4");
    assertThat(sessionIdChanged).as("a new session id at sign-in").isTrue();
    assertThat(sessionAttributes).doesNotContainKey(ConsoleAuthModule.WANTED);

    callbacks.clear();
    status = module.validateRequest(info("GET", "/admin/index.xhtml", null, true), subject(), null);
    assertThat(status).isEqualTo(AuthStatus.SUCCESS);
    assertThat(callbacks).hasSize(2);
    assertThat(((CallerPrincipalCallback) callbacks.get(0)).getName())
        .isEqualTo("editor@example.org");
    assertThat(((GroupPrincipalCallback) callbacks.get(1)).getGroups())
        .containsExactly("STAFF", "EDITOR");
  }

  @Test
  void aFormPostedToAnEndedSessionComesBackMarkedExpired() throws Exception {
    module.validateRequest(
        info("POST", "/admin/content/edit.xhtml", "item=4", true), subject(), null);
    assertThat(sessionAttributes)
        .containsEntry(ConsoleAuthModule.WANTED, "/admin/content/edit.xhtml?item=4&expired=1");
  }

  @Test
  void afterSignInOnlyAConsoleAddressIsFollowed() throws Exception {
    hasSession = true;
    sessionAttributes.put(ConsoleAuthModule.WANTED, "https://elsewhere.example.org/admin/");
    module.validateRequest(signInPost("editor@example.org"), subject(), null);
    assertThat(redirectedTo).isEqualTo("/admin/");
  }

  @Test
  void refusedAndPausedSignInsStayOnTheSignInPageSignedOut() throws Exception {
    signIn.outcome = Outcome.FAILED;
    assertThat(module.validateRequest(signInPost("x@example.org"), subject(), null))
        .isEqualTo(AuthStatus.SEND_CONTINUE);
    assertThat(redirectedTo).isEqualTo("/admin/login.xhtml?failed=true");
    signIn.outcome = Outcome.PAUSED;
    module.validateRequest(signInPost("x@example.org"), subject(), null);
    assertThat(redirectedTo).isEqualTo("/admin/login.xhtml?failed=paused");
    assertThat(sessionAttributes).doesNotContainKey(ConsoleAuthModule.SIGNED_IN);

    AuthStatus status =
        module.validateRequest(info("GET", "/admin/index.xhtml", null, true), subject(), null);
    assertThat(status).isEqualTo(AuthStatus.SEND_CONTINUE);
  }

  @Test
  void everyRequestAsksWhetherTheSessionGoesOnAndWithWhichRoles() throws Exception {
    module.validateRequest(signInPost("editor@example.org"), subject(), null);

    // A role given since the sign-in counts at the next request.
    signIn.groupsNow = List.of("STAFF", "OFFICE_ADMIN");
    callbacks.clear();
    module.validateRequest(info("GET", "/admin/people.xhtml", null, true), subject(), null);
    assertThat(((GroupPrincipalCallback) callbacks.get(1)).getGroups())
        .containsExactly("STAFF", "OFFICE_ADMIN");

    // Disabled, signed out everywhere or too old: the session ends, the sign-in page follows.
    signIn.groupsNow = null;
    AuthStatus status =
        module.validateRequest(info("GET", "/admin/index.xhtml", null, true), subject(), null);
    assertThat(status).isEqualTo(AuthStatus.SEND_CONTINUE);
    assertThat(sessionInvalidated).isTrue();
    assertThat(redirectedTo).isEqualTo("/admin/login.xhtml");
    assertThat(sessionAttributes).doesNotContainKey(ConsoleAuthModule.SIGNED_IN);
  }

  @Test
  void whileTheDatabaseIsAwayASessionIsNeitherCheckedNorEnded() throws Exception {
    module.validateRequest(signInPost("editor@example.org"), subject(), null);
    database.down("refused");
    signIn.groupsNow = null; // would end the session, were it asked
    callbacks.clear();
    AuthStatus status =
        module.validateRequest(info("GET", "/admin/index.xhtml", null, true), subject(), null);
    assertThat(status).isEqualTo(AuthStatus.SUCCESS);
    assertThat(sessionInvalidated).isFalse();
    assertThat(((CallerPrincipalCallback) callbacks.get(0)).getName())
        .isEqualTo("editor@example.org");

    database.up();
    module.validateRequest(info("GET", "/admin/index.xhtml", null, true), subject(), null);
    assertThat(sessionInvalidated).as("checked again once the database is back").isTrue();
  }

  @Test
  void signingOutForgetsTheCaller() throws Exception {
    module.validateRequest(signInPost("editor@example.org"), subject(), null);
    assertThat(sessionAttributes).containsKey(ConsoleAuthModule.SIGNED_IN);
    module.cleanSubject(info("GET", "/admin/index.xhtml", null, true), subject());
    assertThat(sessionAttributes).doesNotContainKey(ConsoleAuthModule.SIGNED_IN);
  }

  /** A sign-in post from this browser's own sign-in page: its session holds the form's token. */
  private MessageInfo signInPost(String login) {
    hasSession = true;
    sessionAttributes.put(org.meridian.admin.SignInFormToken.SESSION_KEY, "token-of-the-page");
    return info(
        "POST",
        "/j_security_check",
        null,
        false,
        Map.of(
            "j_username",
            login,
            "j_password",
            "secret-words",
            org.meridian.admin.SignInFormToken.FIELD,
            "token-of-the-page"));
  }

  @Test
  void aSignInPostWithoutItsPagesTokenIsRefusedUnchecked() throws Exception {
    // Login CSRF: another site's page posts the form; the browser has no token, or another one.
    for (String token : new String[] {null, "forged"}) {
      hasSession = true;
      sessionAttributes.put(org.meridian.admin.SignInFormToken.SESSION_KEY, "token-of-the-page");
      Map<String, String> fields = new HashMap<>();
      fields.put("j_username", "victim@example.org");
      fields.put("j_password", "attackers-password");
      if (token != null) {
        fields.put(org.meridian.admin.SignInFormToken.FIELD, token);
      }
      AuthStatus status =
          module.validateRequest(
              info("POST", "/j_security_check", null, false, fields), subject(), null);
      assertThat(status).isEqualTo(AuthStatus.SEND_CONTINUE);
      assertThat(redirectedTo).isEqualTo("/admin/login.xhtml?failed=expired");
    }
    assertThat(signIn.asked).as("no password checked, no failure counted").isEmpty();
    assertThat(sessionAttributes).doesNotContainKey(ConsoleAuthModule.SIGNED_IN);
  }

  private MessageInfo info(String method, String path, String query, boolean mandatory) {
    return info(method, path, query, mandatory, Map.of());
  }

  private MessageInfo info(
      String method, String path, String query, boolean mandatory, Map<String, String> parameters) {
    HttpSession session =
        proxy(
            HttpSession.class,
            (name, args) ->
                switch (name) {
                  case "getAttribute" -> sessionAttributes.get((String) args[0]);
                  case "setAttribute" -> sessionAttributes.put((String) args[0], args[1]);
                  case "removeAttribute" -> sessionAttributes.remove((String) args[0]);
                  case "invalidate" -> {
                    sessionInvalidated = true;
                    sessionAttributes.clear();
                    hasSession = false;
                    yield null;
                  }
                  default -> throw new UnsupportedOperationException(name);
                });
    HttpServletRequest request =
        proxy(
            HttpServletRequest.class,
            (name, args) ->
                switch (name) {
                  case "getRequestURI" -> path;
                  case "getContextPath" -> "";
                  case "getMethod" -> method;
                  case "getQueryString" -> query;
                  case "getParameter" -> parameters.get((String) args[0]);
                  case "getRemoteAddr" -> "198.51.100.7";
                  case "getHeader", "getCookies" -> null;
                  case "isSecure" -> false;
                  case "changeSessionId" -> {
                    sessionIdChanged = true;
                    yield "new-id";
                  }
                  case "getSession" -> {
                    boolean create = args == null || (Boolean) args[0];
                    if (create) {
                      hasSession = true;
                    }
                    yield hasSession ? session : null;
                  }
                  default -> throw new UnsupportedOperationException(name);
                });
    HttpServletResponse response =
        proxy(
            HttpServletResponse.class,
            (name, args) ->
                switch (name) {
                  case "sendRedirect" -> {
                    redirectedTo = (String) args[0];
                    yield null;
                  }
                  case "setHeader" -> {
                    if ("Location".equals(args[0])) {
                      redirectedTo = (String) args[1];
                    }
                    yield null;
                  }
                  case "isCommitted" -> false;
                  case "addHeader" -> null;
                  case "resetBuffer", "setStatus", "flushBuffer" -> null;
                  default -> throw new UnsupportedOperationException(name);
                });
    Map<String, Object> map = new HashMap<>();
    map.put("jakarta.security.auth.message.MessagePolicy.isMandatory", Boolean.toString(mandatory));
    return proxy(
        MessageInfo.class,
        (name, args) ->
            switch (name) {
              case "getRequestMessage" -> request;
              case "getResponseMessage" -> response;
              case "getMap" -> map;
              default -> throw new UnsupportedOperationException(name);
            });
  }

  private static Subject subject() {
    return new Subject();
  }

  private interface Answer {
    Object answer(String method, Object[] args) throws Exception;
  }

  private static <T> T proxy(Class<T> type, Answer answer) {
    return type.cast(
        Proxy.newProxyInstance(
            ConsoleAuthModuleTest.class.getClassLoader(),
            new Class<?>[] {type},
            (self, method, args) -> answer.answer(method.getName(), args)));
  }
}
