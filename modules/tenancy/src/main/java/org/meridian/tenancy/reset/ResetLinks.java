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

  @Inject
  @ConfigProperty(name = "meridian.console.url")
  private Optional<String> consoleUrl;

  @Inject
  @ConfigProperty(name = "meridian.port", defaultValue = "8080")
  private String port;

  /** A password reset link. */
  public String of(ResetToken token) {
    return of(LinkPurpose.RESET, token);
  }

  public String of(LinkPurpose purpose, ResetToken token) {
    return linkFor(consoleUrl, port, purpose, token.value());
  }

  /** The console's sign-in address, for messages that need no link. */
  public String console() {
    return base(consoleUrl, port) + "/admin/";
  }

  static String linkFor(Optional<String> consoleUrl, String port, String token) {
    return linkFor(consoleUrl, port, LinkPurpose.RESET, token);
  }

  static String linkFor(
      Optional<String> consoleUrl, String port, LinkPurpose purpose, String token) {
    return base(consoleUrl, port) + purpose.page() + token;
  }

  private static String base(Optional<String> consoleUrl, String port) {
    String base =
        consoleUrl
            .map(String::strip)
            .filter(url -> !url.isEmpty())
            .orElse("http://localhost:" + port.strip());
    while (base.endsWith("/")) {
      base = base.substring(0, base.length() - 1);
    }
    return base;
  }
}
