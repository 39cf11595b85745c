import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;

/**
 * The container health check of Meridian's image: exits 0 when {@code GET /health} answers 200
 * and lists Meridian's own "database" check (so the application is deployed, not only Payara
 * started), else 1.
 *
 * <p>It is compiled into the image (see Dockerfile) because the Payara Micro base image is not
 * certain to carry curl or wget, but certainly carries {@code java}. Uses only {@code java.base}.
 *
 * <p>Usage: {@code java -cp /opt/meridian/probe HealthProbe [url]}; the default URL is {@code
 * http://localhost:$MERIDIAN_PORT/health} (port 8080 when unset).
 */
public final class HealthProbe {

  private HealthProbe() {}

  public static void main(String[] args) {
    String port = System.getenv().getOrDefault("MERIDIAN_PORT", "8080");
    String url = args.length > 0 ? args[0] : "http://localhost:" + port + "/health";
    try {
      HttpURLConnection connection = (HttpURLConnection) URI.create(url).toURL().openConnection();
      connection.setConnectTimeout(2_000);
      connection.setReadTimeout(5_000);
      int status = connection.getResponseCode();
      String body;
      try (InputStream in =
          status < 400 ? connection.getInputStream() : connection.getErrorStream()) {
        body = in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
      }
      if (status == 200 && body.contains("\"database\"")) {
        System.exit(0);
      }
      System.out.println("Unhealthy: " + url + " answered " + status + " " + body);
    } catch (IOException | IllegalArgumentException e) {
      System.out.println("Unhealthy: " + url + ": " + e);
    }
    System.exit(1);
  }
}
