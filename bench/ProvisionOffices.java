import java.io.IOException;
import java.net.CookieManager;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Benchmark: HQ creates N offices from the blueprint through the admin console, as a person would
 * (sign in, submit the "Create office" form N times). Prints per-office latency and, as ratios,
 * compares it with a baseline measured in the same run: the same form submitted with an invalid
 * code (same request, same Faces lifecycle and page, no database writes), and the first tenth of
 * offices with the last tenth (does creation slow down as the network grows?).
 *
 * <p>Run with bench/provision-offices.sh (builds meridian.jar if needed). Not a test: it asserts
 * nothing, it measures.
 */
public class ProvisionOffices {

  private static final Pattern VIEW_STATE =
      Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");

  public static void main(String[] args) throws Exception {
    int count = args.length > 0 ? Integer.parseInt(args[0]) : 100;
    Path jar = Path.of(args.length > 1 ? args[1] : "modules/app/target/meridian.jar");
    Path workdir = Files.createTempDirectory("meridian-bench");
    int port = freePort();
    ProcessBuilder server =
        new ProcessBuilder(
                javaBin(), "-Xmx512m", "-XX:+UseParallelGC", "-jar", jar.toAbsolutePath().toString())
            .directory(workdir.toFile())
            .redirectErrorStream(true)
            .redirectOutput(workdir.resolve("server.log").toFile());
    server.environment().put("MERIDIAN_PORT", Integer.toString(port));
    server.environment().put("MERIDIAN_DEMO_ENABLED", "true");
    Process process = server.start();
    try {
      String base = "http://localhost:" + port;
      HttpClient http =
          HttpClient.newBuilder()
              .cookieHandler(new CookieManager())
              .followRedirects(HttpClient.Redirect.NORMAL)
              .connectTimeout(Duration.ofSeconds(5))
              .build();
      awaitUp(http, base, workdir.resolve("server.log"));
      String signIn = get(http, base + "/admin/offices.xhtml");
      java.util.regex.Matcher token =
          java.util.regex.Pattern.compile("name=\"meridian_signin_token\" value=\"([^\"]*)\"")
              .matcher(signIn);
      if (!token.find()) {
        throw new IllegalStateException("No sign-in form token on the sign-in page");
      }
      post(
          http,
          base + "/j_security_check",
          Map.of(
              "j_username", "hq.admin@meridian.example.org",
              "j_password", "meridian-demo",
              "meridian_signin_token", token.group(1)));
      String page = get(http, base + "/admin/offices.xhtml");

      // Warm-up: a few of each kind, not measured.
      for (int i = 0; i < 5; i++) {
        page = submit(http, base, page, "warm-" + i, true);
        page = submit(http, base, page, "Not A Code", false);
      }
      List<Long> baseline = new ArrayList<>();
      List<Long> created = new ArrayList<>();
      for (int i = 0; i < count; i++) {
        long start = System.nanoTime();
        page = submit(http, base, page, "Not A Code", false);
        baseline.add(System.nanoTime() - start);
        start = System.nanoTime();
        page = submit(http, base, page, "bench-" + i, true);
        created.add(System.nanoTime() - start);
      }
      long total = created.stream().mapToLong(Long::longValue).sum();
      System.out.printf(
          "%nCreated %d offices from the blueprint (each: office, 6 pages and 11 menu entries per"
              + " language, 1 language) in %.2f s%n",
          count, total / 1e9);
      report("provision an office", created);
      report("baseline: refused form", baseline);
      System.out.printf(
          "ratio  provision / baseline (p50):          %.1fx%n",
          percentile(created, 50) / percentile(baseline, 50));
      int tenth = Math.max(1, count / 10);
      double first = mean(created.subList(0, tenth));
      double last = mean(created.subList(count - tenth, count));
      System.out.printf(
          "ratio  last tenth / first tenth (mean):     %.2fx  (%.1f ms vs %.1f ms)%n",
          last / first, last / 1e6, first / 1e6);
    } finally {
      process.destroy();
      process.waitFor();
    }
  }

  private static String submit(HttpClient http, String base, String page, String code, boolean expectCreated)
      throws Exception {
    Matcher state = VIEW_STATE.matcher(page);
    if (!state.find()) {
      throw new IllegalStateException("No view state on the page");
    }
    Map<String, String> form = new LinkedHashMap<>();
    form.put("form", "form");
    form.put("form:code", code);
    form.put("form:name", "Bench office " + code);
    form.put("form:type", "COUNTRY");
    form.put("form:parent", "west-central-africa");
    form.put("form:languages", "en");
    form.put("form:timeZone", "UTC");
    form.put("form:hostNames", "");
    form.put("form:create", "Create office");
    form.put("jakarta.faces.ViewState", state.group(1));
    String answer = post(http, base + "/admin/offices.xhtml", form);
    boolean created = answer.contains("The office '" + code + "' was created");
    if (created != expectCreated) {
      throw new IllegalStateException("Unexpected answer for " + code);
    }
    return answer;
  }

  private static void report(String what, List<Long> nanos) {
    System.out.printf(
        "%-40s p50 %7.1f ms   p99 %7.1f ms   mean %7.1f ms%n",
        what, percentile(nanos, 50) / 1e6, percentile(nanos, 99) / 1e6, mean(nanos) / 1e6);
  }

  private static double percentile(List<Long> values, int p) {
    List<Long> sorted = new ArrayList<>(values);
    Collections.sort(sorted);
    int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
    return sorted.get(Math.max(0, index));
  }

  private static double mean(List<Long> values) {
    return values.stream().mapToLong(Long::longValue).average().orElse(0);
  }

  private static String get(HttpClient http, String url) throws Exception {
    return http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString())
        .body();
  }

  private static String post(HttpClient http, String url, Map<String, String> fields) throws Exception {
    String body =
        fields.entrySet().stream()
            .map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
            .collect(Collectors.joining("&"));
    return http.send(
            HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build(),
            HttpResponse.BodyHandlers.ofString())
        .body();
  }

  private static String enc(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }

  private static void awaitUp(HttpClient http, String base, Path log) throws Exception {
    for (int i = 0; i < 240; i++) {
      if (Files.exists(log) && Files.readString(log).contains("Meridian is running")) {
        return;
      }
      if (Files.exists(log) && Files.readString(log).contains("Meridian cannot start")) {
        throw new IllegalStateException(Files.readString(log));
      }
      Thread.sleep(500);
    }
    throw new IllegalStateException("The server did not start; see " + log);
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  private static String javaBin() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }
}
