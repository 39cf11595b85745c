package org.meridian.app.launcher;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * Renders each kind of public page once, over HTTP on this machine, after the server has started
 * and before it says it is ready: {@code /health} answers DOWN (check {@code warm-up}) and the
 * launcher's "Meridian is running" waits until it is done, so no visitor pays a page's first render
 * (loading and linking its templates' and queries' classes: 723 ms for a first news list, against
 * 140 ms after, on 2026-12-07). The application names the addresses ({@code WarmUpAddresses}); one
 * log line says what they cost. A page that fails is named in that line and does not stop the
 * start: it renders again for its first visitor.
 *
 * <p>Through HTTP rather than inside the application, so that the whole way of a request is loaded:
 * Payara's connection handling and filters took half of a first render's time.
 */
public final class WarmUp {

  private static final Logger LOG = Logger.getLogger(WarmUp.class.getName());

  /** The addresses, one a line, set by the application when it has started. */
  public static final String ADDRESSES_PROPERTY = "meridian.warm-up.addresses";

  /**
   * {@code pending} from the launcher's start until the warm-up is over; the health check reads it.
   */
  public static final String STATE_PROPERTY = "meridian.warm-up";

  public static final String PENDING = "pending";
  static final String DONE = "done";

  /** Each page's longest wait; a page that takes longer is left for its first visitor. */
  static final Duration EACH = Duration.ofSeconds(30);

  /** The whole warm-up's longest wait. */
  static final Duration ALL = Duration.ofSeconds(120);

  /** One page asked for: its status (0 when it did not answer) and milliseconds. */
  record Rendered(String address, int status, long millis) {
    boolean failed() {
      return status == 0 || status >= 500;
    }
  }

  private WarmUp() {}

  /** From now until {@link #run} ends, the server is not ready. */
  static void pending() {
    System.setProperty(STATE_PROPERTY, PENDING);
  }

  /** Asks for every address the application named, one after the other, then says it is done. */
  static void run(int port) {
    try {
      String named = System.getProperty(ADDRESSES_PROPERTY, "");
      List<String> addresses = named.lines().filter(line -> !line.isBlank()).toList();
      long start = System.nanoTime();
      List<Rendered> rendered = render(port, addresses);
      LOG.info(line(rendered, (System.nanoTime() - start) / 1_000_000));
    } finally {
      System.setProperty(STATE_PROPERTY, DONE);
    }
  }

  private static List<Rendered> render(int port, List<String> addresses) {
    HttpClient client =
        HttpClient.newBuilder()
            // As the front speaks to a node; an h2c upgrade once deadlocked Payara's HTTP/2.
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    long until = System.nanoTime() + ALL.toNanos();
    List<Rendered> rendered = new ArrayList<>();
    for (int i = 0; i < addresses.size() && System.nanoTime() < until; i++) {
      String address = addresses.get(i);
      long asked = System.nanoTime();
      int status;
      try {
        status =
            client
                .send(
                    HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + address))
                        .timeout(EACH)
                        // The request id marks these lines in the access log (RequestIdFilter).
                        .header("X-Request-Id", "warm-up-" + (i + 1))
                        .header("Accept-Encoding", "gzip")
                        .build(),
                    HttpResponse.BodyHandlers.discarding())
                .statusCode();
      } catch (IOException e) {
        status = 0;
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
      rendered.add(new Rendered(address, status, (System.nanoTime() - asked) / 1_000_000));
    }
    return rendered;
  }

  /** The one log line: how many pages, how long, the slowest, and any that failed. */
  static String line(List<Rendered> rendered, long millis) {
    String slowest =
        rendered.stream()
            .sorted(Comparator.comparingLong(Rendered::millis).reversed())
            .limit(3)
            .map(r -> r.address() + " " + r.millis() + " ms")
            .collect(Collectors.joining(", "));
    List<Rendered> failed = rendered.stream().filter(Rendered::failed).toList();
    return "Warmed up before taking visitors: "
        + rendered.size()
        + " public pages rendered in "
        + millis
        + " ms (slowest: "
        + (slowest.isEmpty() ? "none" : slowest)
        + "); "
        + (failed.isEmpty()
            ? "none failed"
            : failed.size()
                + " failed, left for their first visitor: "
                + failed.stream()
                    .map(r -> r.address() + (r.status() == 0 ? " no answer" : " " + r.status()))
                    .collect(Collectors.joining(", ")));
  }
}
