package org.meridian.tenancy.reset;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Builds reset links from the configured console address ({@code MERIDIAN_CONSOLE_URL}), never from
 * the request's Host header: otherwise anyone could have a link to their own site sent to a victim.
 */
@ApplicationScoped
public class ResetLinks {

  static final String PATH = "/admin/reset-password.xhtml?token=";

  @Inject
  @ConfigProperty(name = "meridian.console.url")
  private Optional<String> consoleUrl;

  @Inject
  @ConfigProperty(name = "meridian.port", defaultValue = "8080")
  private String port;

  public String of(ResetToken token) {
    return linkFor(consoleUrl, port, token.value());
  }

  static String linkFor(Optional<String> consoleUrl, String port, String token) {
    String base =
        consoleUrl
            .map(String::strip)
            .filter(url -> !url.isEmpty())
            .orElse("http://localhost:" + port.strip());
    while (base.endsWith("/")) {
      base = base.substring(0, base.length() - 1);
    }
    return base + PATH + token;
  }
}
