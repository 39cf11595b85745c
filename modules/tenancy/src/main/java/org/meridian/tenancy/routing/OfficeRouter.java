package org.meridian.tenancy.routing;

import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import org.meridian.tenancy.office.OfficeCode;

/**
 * Finds the office of a public request: by its host name first (an office's own host names, or
 * {@code {code}.localhost} for trying host routing on one machine), then by the path prefix {@code
 * /{code}/}. Pure logic; the office lookups are passed in.
 */
public final class OfficeRouter {

  private static final String LOCALHOST_SUFFIX = ".localhost";

  private final Function<String, Optional<OfficeCode>> officeByHostName;
  private final Function<OfficeCode, Boolean> officeExists;

  public OfficeRouter(
      Function<String, Optional<OfficeCode>> officeByHostName,
      Function<OfficeCode, Boolean> officeExists) {
    this.officeByHostName = officeByHostName;
    this.officeExists = officeExists;
  }

  /** The route of a request, or empty when no office answers to it. */
  public Optional<OfficeRoute> route(String host, String path) {
    String safePath = path == null || path.isEmpty() ? "/" : path;
    Optional<OfficeCode> byHost = officeForHost(host);
    if (byHost.isPresent()) {
      return Optional.of(new OfficeRoute(byHost.get(), true, safePath));
    }
    String[] parts = safePath.split("/", 3);
    if (parts.length < 2) {
      return Optional.empty();
    }
    String rest = parts.length == 3 ? "/" + parts[2] : "/";
    return OfficeCode.parse(parts[1])
        .filter(officeExists::apply)
        .map(code -> new OfficeRoute(code, false, rest));
  }

  private Optional<OfficeCode> officeForHost(String hostHeader) {
    if (hostHeader == null || hostHeader.isBlank()) {
      return Optional.empty();
    }
    String host = stripPort(hostHeader.strip().toLowerCase(Locale.ROOT));
    if (host.endsWith(".")) {
      host = host.substring(0, host.length() - 1); // the fully qualified form of the same name
    }
    Optional<OfficeCode> configured = officeByHostName.apply(host);
    if (configured.isPresent()) {
      return configured;
    }
    if (host.endsWith(LOCALHOST_SUFFIX)) {
      return OfficeCode.parse(host.substring(0, host.length() - LOCALHOST_SUFFIX.length()))
          .filter(officeExists::apply);
    }
    return Optional.empty();
  }

  private static String stripPort(String host) {
    if (host.startsWith("[")) {
      int end = host.indexOf(']');
      return end > 0 ? host.substring(0, end + 1) : host;
    }
    int colon = host.indexOf(':');
    return colon >= 0 ? host.substring(0, colon) : host;
  }
}
