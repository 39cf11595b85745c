package org.meridian.tenancy.token;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.meridian.tenancy.Refusal;
import org.meridian.tenancy.RefusedArgumentException;
import org.meridian.tenancy.TenantContext;
import org.meridian.tenancy.office.OfficeDirectory;
import org.meridian.tenancy.office.OfficeRef;
import org.meridian.tenancy.people.Role;
import org.meridian.tenancy.permission.NetworkAction;
import org.meridian.tenancy.permission.OfficeAction;
import org.meridian.tenancy.permission.OfficePermissions;
import org.meridian.tenancy.permission.OfficeRelation;
import org.meridian.tenancy.permission.PermissionRule;
import org.meridian.tenancy.persistence.OfficeData;
import org.meridian.tenancy.token.ApiTokenRefusedException.Reason;
import org.meridian.tenancy.token.internal.TokenLookup;
import org.meridian.tenancy.token.internal.TokenSecret;
import org.meridian.tenancy.token.internal.TokenUse;

/**
 * Issues, lists and revokes the current office's API tokens, and tells the API which office and
 * scope a presented token gives. Only office administrators (and HQ administrators) of the office
 * may issue or revoke its tokens.
 */
@ApplicationScoped
public class ApiTokens {

  private static final Logger LOG = Logger.getLogger(ApiTokens.class.getName());

  /** How long a new token works: a year, then an administrator issues another. */
  public static final java.time.Duration LIFETIME = java.time.Duration.ofDays(365);

  @Inject private OfficeData data;
  @Inject private TenantContext tenant;
  @Inject private OfficeDirectory offices;
  @Inject private OfficePermissions permissions;
  @Inject private TokenLookup lookup;
  @Inject private TokenUse use;
  @Inject private Event<ApiTokenChanged> changed;

  @Inject private Clock clock;

  /** Whether a person with {@code role} in an office may manage that office's tokens. */
  public static boolean mayBeManagedBy(Role role) {
    return PermissionRule.allows(role, OfficeRelation.OWN, OfficeAction.MANAGE_API_TOKENS);
  }

  /** Issues a token of the current office. The returned secret is never available again. */
  @Transactional
  public IssuedToken issue(String name, ApiScope scope, String createdBy) {
    return issue(name, scope, false, null, createdBy);
  }

  /**
   * Issues a token of the current office; a {@code network} token (HQ's, issued by a person who may
   * work across the network) acts on any office, every use audited. {@code requestsPerMinute} is
   * the token's own rate limit, {@code null} for the server's setting.
   */
  @Transactional
  public IssuedToken issue(
      String name, ApiScope scope, boolean network, Integer requestsPerMinute, String createdBy) {
    OfficeRef office = tenant.require();
    requireAdministrator(createdBy, office);
    if (network && !permissions.mayInNetwork(createdBy, NetworkAction.WORK_IN_ANY_OFFICE)) {
      throw new TokenManagementDeniedException(createdBy, office.code().value());
    }
    TokenSecret secret = TokenSecret.generate();
    ApiToken token =
        new ApiToken(
            name,
            Objects.requireNonNull(scope, "Choose what the token may do: read, or read and write"),
            secret.displayPrefix(),
            secret.hash(),
            createdBy,
            clock.instant().plus(LIFETIME));
    if (network) {
      token.actingOnTheNetwork(office);
    }
    token.limitedTo(requestsPerMinute);
    EntityManager em = data.entityManager();
    em.persist(token);
    em.flush();
    LOG.info(
        () -> createdBy + " issued API token " + token.displayPrefix() + "… of " + office.code());
    changed.fire(
        new ApiTokenChanged(office, token.summary(), ApiTokenChanged.Change.ISSUED, createdBy));
    return new IssuedToken(secret.value(), token.summary());
  }

  /** The current office's tokens, revoked ones included, newest first. */
  @Transactional
  public List<ApiTokenSummary> list() {
    return data.entityManager()
        .createQuery(
            "select t from ApiToken t order by t.createdAt desc, t.id desc", ApiToken.class)
        .getResultStream()
        .map(ApiToken::summary)
        .toList();
  }

  /** Revokes a token of the current office at once. Revoking it again is refused. */
  @Transactional
  public ApiTokenSummary revoke(long tokenId, String revokedBy) {
    OfficeRef office = tenant.require();
    requireAdministrator(revokedBy, office);
    EntityManager em = data.entityManager();
    ApiToken token = em.find(ApiToken.class, tokenId);
    if (token == null) {
      throw new RefusedArgumentException(
          Refusal.of(
              "tokens.office_0_has_no_token_1",
              "The office '{0}' has no API token {1}",
              office.code(),
              tokenId));
    }
    token.revoke(clock.instant(), revokedBy);
    em.flush();
    LOG.info(
        () -> revokedBy + " revoked API token " + token.displayPrefix() + "… of " + office.code());
    changed.fire(
        new ApiTokenChanged(office, token.summary(), ApiTokenChanged.Change.REVOKED, revokedBy));
    return token.summary();
  }

  /**
   * The office and scope of a presented token, or {@link ApiTokenRefusedException} saying why it
   * gives no access. Runs outside any caller's transaction: it finds the token's office first, then
   * reads and updates the token through that office's filter, each step in its own transaction.
   */
  @Transactional(Transactional.TxType.NOT_SUPPORTED)
  public AuthenticatedToken authenticate(String presented) {
    TokenSecret secret;
    try {
      secret = TokenSecret.parse(presented);
    } catch (IllegalArgumentException e) {
      throw new ApiTokenRefusedException(Reason.MALFORMED, e.getMessage());
    }
    TokenLookup.Owner owner = lookup.findByHash(secret.hash()).orElseThrow(ApiTokens::unknown);
    OfficeRef office = offices.findById(owner.officeId()).orElseThrow(ApiTokens::unknown);
    if (!office.isActive()) {
      throw new ApiTokenRefusedException(
          Reason.OFFICE_NOT_ACTIVE,
          "The office '"
              + office.code()
              + "' is "
              + office.status().name().toLowerCase(Locale.ROOT)
              + ": its API tokens work again when the office is reactivated");
    }
    return tenant.callAs(office, () -> checkAndRecordUse(owner.tokenId(), office));
  }

  private AuthenticatedToken checkAndRecordUse(long tokenId, OfficeRef office) {
    ApiTokenSummary token = use.find(tokenId).orElseThrow(ApiTokens::unknown);
    if (token.revoked()) {
      throw new ApiTokenRefusedException(
          Reason.REVOKED,
          "This token was revoked at "
              + token.revokedAt()
              + ": ask an administrator of '"
              + office.code()
              + "' for a new one");
    }
    Instant now = clock.instant();
    if (token.expiredAt(now)) {
      throw new ApiTokenRefusedException(
          Reason.EXPIRED,
          "This token expired at "
              + token.expiresAt()
              + ": ask an administrator of '"
              + office.code()
              + "' for a new one");
    }
    if (ApiToken.isUseWorthRecording(token.lastUsedAt(), now)) {
      try {
        use.recordUse(tokenId, now);
      } catch (RuntimeException e) {
        // Bookkeeping only: a concurrent request recorded a use first. The token stays valid.
        LOG.log(Level.FINE, "Could not record the use of API token " + tokenId, e);
      }
    }
    return new AuthenticatedToken(
        tokenId,
        token.name(),
        office,
        office,
        token.scope(),
        token.network(),
        token.requestsPerMinute());
  }

  private static ApiTokenRefusedException unknown() {
    return new ApiTokenRefusedException(
        Reason.UNKNOWN, "This token is not known: check that it was copied whole");
  }

  private void requireAdministrator(String person, OfficeRef office) {
    if (!permissions.may(person, office, OfficeAction.MANAGE_API_TOKENS)) {
      throw new TokenManagementDeniedException(person, office.code().value());
    }
  }
}
