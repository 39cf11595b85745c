package org.meridian.tenancy.token;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.meridian.tenancy.TenantContext;
import org.meridian.tenancy.office.OfficeRef;
import org.meridian.tenancy.permission.OfficeAction;
import org.meridian.tenancy.permission.OfficePermissions;
import org.meridian.tenancy.persistence.OfficeData;

/**
 * Which web origins may read an office's API from a browser (CORS), set by the office's
 * administrators (those who manage its API tokens) on the console's API tokens page. The API asks
 * on every request that carries an {@code Origin}: answers are kept {@value #KEEP_SECONDS} seconds
 * per office (a change shows at once on the node that made it, within that time on the others).
 */
@ApplicationScoped
public class ApiOrigins {

  static final long KEEP_SECONDS = 30;

  private record Kept(List<WebOrigin> origins, Instant until) {}

  private final Map<Long, Kept> kept = new ConcurrentHashMap<>();

  @Inject private OfficeData data;
  @Inject private TenantContext tenant;
  @Inject private OfficePermissions permissions;
  @Inject private Clock clock;
  @Inject private ApiOriginsReader reader;

  /** The origins allowed for {@code office}; none unless its administrators named some. */
  public List<WebOrigin> of(OfficeRef office) {
    Instant now = clock.instant();
    Kept hit = kept.get(office.id());
    if (hit != null && now.isBefore(hit.until())) {
      return hit.origins();
    }
    List<WebOrigin> read = tenant.callAs(office, reader::read);
    kept.put(office.id(), new Kept(read, now.plus(Duration.ofSeconds(KEEP_SECONDS))));
    return read;
  }

  /** The current office's origins, for its settings page. */
  public List<WebOrigin> current() {
    return reader.read();
  }

  /**
   * Replaces the current office's origins with those in {@code text} (one a line, or separated by
   * spaces or commas); an empty text allows none. Refused, naming the first bad one, when an origin
   * is not one ({@link WebOrigin}).
   */
  @Transactional
  public List<WebOrigin> change(String text, String actor) {
    OfficeRef office = tenant.require();
    if (!permissions.may(actor, office, OfficeAction.MANAGE_API_TOKENS)) {
      throw new TokenManagementDeniedException(actor, office.code().value());
    }
    List<WebOrigin> wanted =
        Arrays.stream((text == null ? "" : text).split("[\\s,]+"))
            .filter(s -> !s.isBlank())
            .map(WebOrigin::new)
            .toList();
    var em = data.entityManager();
    List<AllowedOrigins> rows =
        em.createQuery("select o from AllowedOrigins o", AllowedOrigins.class).getResultList();
    if (rows.isEmpty()) {
      em.persist(new AllowedOrigins(wanted, actor));
    } else {
      rows.get(0).change(wanted, actor);
    }
    em.flush();
    kept.remove(office.id());
    return reader.read();
  }
}
