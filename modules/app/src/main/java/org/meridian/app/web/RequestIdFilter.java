package org.meridian.app.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.ConfigProvider;
import org.meridian.app.launcher.LogFormat;

/**
 * Gives each request an id — the front's {@code X-Request-Id} when it sends a well-formed one, else
 * a new one — sends it back in {@code X-Request-Id}, and marks every log line written while the
 * request is served with it ({@link LogFormat} reads it from the thread's name). With {@code
 * MERIDIAN_ACCESS_LOG=true} it also writes one access-log line per request (logger {@code
 * meridian.access}): method, path without the query string, status and milliseconds.
 *
 * <p>Declared first in {@code web.xml}, so that it wraps every other filter. It also counts the
 * requests in flight, which the launcher waits for on SIGTERM ({@link InFlightRequests}).
 */
public class RequestIdFilter extends HttpFilter {

  public static final String HEADER = "X-Request-Id";
  private static final Logger ACCESS = Logger.getLogger("meridian.access");

  private boolean accessLog;
  private final InFlightRequests inFlight = new InFlightRequests();

  @Override
  public void destroy() {
    inFlight.unregister();
  }

  @Override
  public void init() {
    inFlight.register();
    accessLog =
        ConfigProvider.getConfig()
            .getOptionalValue("meridian.access-log", String.class)
            .map(v -> v.strip().toLowerCase(Locale.ROOT).equals("true"))
            .orElse(false);
  }

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String id = chosenId(request.getHeader(HEADER));
    response.setHeader(HEADER, id);
    Thread thread = Thread.currentThread();
    String name = thread.getName();
    thread.setName(name + LogFormat.REQUEST_MARK + id);
    long started = System.nanoTime();
    inFlight.started();
    try {
      chain.doFilter(request, response);
    } finally {
      inFlight.ended();
      if (accessLog) {
        long micros = (System.nanoTime() - started) / 1000;
        ACCESS.info(
            request.getMethod()
                + " "
                + request.getRequestURI()
                + " "
                + response.getStatus()
                + " "
                + micros / 1000
                + "."
                + String.format(Locale.ROOT, "%03d", micros % 1000)
                + " ms");
      }
      thread.setName(name);
    }
  }

  /**
   * The front's id when it is 1–64 letters, digits, dots, dashes or underscores, else a new one.
   */
  static String chosenId(String given) {
    if (given != null && given.matches("[A-Za-z0-9._-]{1,64}")) {
      return given;
    }
    return String.format(Locale.ROOT, "%016x", ThreadLocalRandom.current().nextLong());
  }
}
