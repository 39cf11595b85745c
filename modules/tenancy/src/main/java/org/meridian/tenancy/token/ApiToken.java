package org.meridian.tenancy.token;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.regex.Pattern;
import org.meridian.tenancy.Refusal;
import org.meridian.tenancy.RefusedArgumentException;
import org.meridian.tenancy.RefusedStateException;
import org.meridian.tenancy.office.OfficeRef;
import org.meridian.tenancy.persistence.OfficeOwned;

/**
 * An API token of one office. Only the SHA-256 hash of its secret is kept, with a short prefix of
 * the secret so that people can tell their tokens apart.
 *
 * <p>A token is office-owned like any other office data: listing, revoking and recording its use go
 * through {@link org.meridian.tenancy.persistence.OfficeData}, filtered by the data layer. Only one
 * thing happens before the office is known: finding which office a presented secret belongs to.
 * That is a single, explicit lookup by hash ({@code TokenLookup}), which returns the token's id and
 * office and nothing else; the token itself is then read through the office's filter.
 */
@Entity
@Table(name = "api_token")
public class ApiToken extends OfficeOwned {

  public static final int MAX_NAME_LENGTH = 100;

  /** A token's last use is written at most this often, so that not every request is a write. */
  public static final Duration USE_RECORDING_INTERVAL = Duration.ofMinutes(1);

  private static final Pattern SHA256_HEX = Pattern.compile("[0-9a-f]{64}");

  @Column(name = "name", nullable = false, length = MAX_NAME_LENGTH)
  private String name;

  @Enumerated(EnumType.STRING)
  @Column(name = "scope", nullable = false, length = 8)
  private ApiScope scope;

  @Column(name = "display_prefix", nullable = false, updatable = false, length = 16)
  private String displayPrefix;

  @Column(name = "secret_hash", nullable = false, updatable = false, length = 64)
  private String secretHash;

  @Column(name = "created_by", nullable = false, updatable = false, length = 254)
  private String createdBy;

  @Column(name = "last_used_at")
  private Instant lastUsedAt;

  @Column(name = "revoked_at")
  private Instant revokedAt;

  @Column(name = "revoked_by", length = 254)
  private String revokedBy;

  /** When the token stops working by itself; {@code null} for tokens that never expire. */
  @Column(name = "expires_at")
  private Instant expiresAt;

  /** An HQ token that may act on any office of the network, every use audited. */
  @Column(name = "network", nullable = false)
  private boolean network;

  /** The requests a minute this token may make; {@code null}: the server's setting. */
  @Column(name = "requests_per_minute")
  private Integer requestsPerMinute;

  /** The most requests a minute a token may be given. */
  public static final int MAX_REQUESTS_PER_MINUTE = 100_000;

  protected ApiToken() {}

  public ApiToken(
      String name, ApiScope scope, String displayPrefix, String secretHash, String createdBy) {
    this.name = checkName(name);
    this.scope = Objects.requireNonNull(scope, "scope");
    this.displayPrefix = Objects.requireNonNull(displayPrefix, "displayPrefix");
    if (secretHash == null || !SHA256_HEX.matcher(secretHash).matches()) {
      throw new IllegalArgumentException("A token is stored as the hex SHA-256 of its secret");
    }
    this.secretHash = secretHash;
    this.createdBy = Objects.requireNonNull(createdBy, "createdBy");
  }

  /** A token that stops working at {@code expiresAt}. */
  public ApiToken(
      String name,
      ApiScope scope,
      String displayPrefix,
      String secretHash,
      String createdBy,
      Instant expiresAt) {
    this(name, scope, displayPrefix, secretHash, createdBy);
    this.expiresAt = Objects.requireNonNull(expiresAt, "expiresAt");
  }

  /**
   * Makes this a network token: HQ's, acting on any office. Only a token of HQ may be one; {@link
   * ApiTokens} checks that the person issuing it may work across the network.
   */
  public ApiToken actingOnTheNetwork(OfficeRef issuer) {
    if (issuer.type() != org.meridian.tenancy.office.OfficeType.HQ) {
      throw new RefusedArgumentException(
          Refusal.of(
              "tokens.network_only_hq", "Only HQ issues network tokens, in HQ's API tokens"));
    }
    this.network = true;
    return this;
  }

  /** Gives the token a rate limit of its own; {@code null} keeps the server's setting. */
  public ApiToken limitedTo(Integer requestsPerMinute) {
    if (requestsPerMinute != null
        && (requestsPerMinute < 1 || requestsPerMinute > MAX_REQUESTS_PER_MINUTE)) {
      throw new RefusedArgumentException(
          Refusal.of(
              "tokens.rate_between_1_and_0",
              "A token's rate limit is between 1 and {0} requests a minute",
              MAX_REQUESTS_PER_MINUTE));
    }
    this.requestsPerMinute = requestsPerMinute;
    return this;
  }

  /** The label people give a token: what uses it, e.g. "Partner portal". */
  public static String checkName(String name) {
    if (name == null || name.isBlank()) {
      throw new RefusedArgumentException(
          Refusal.of("tokens.give_a_name", "Give the token a name, e.g. what will use it"));
    }
    String stripped = name.strip();
    if (stripped.length() > MAX_NAME_LENGTH) {
      throw new RefusedArgumentException(
          Refusal.of(
              "tokens.name_at_most_0", "A token name has at most {0} characters", MAX_NAME_LENGTH));
    }
    return stripped;
  }

  /** Stops the token working, for good. Revoking twice is refused: it is always a mistake. */
  public void revoke(Instant at, String by) {
    if (isRevoked()) {
      throw new RefusedStateException(
          Refusal.of(
              "tokens.already_revoked_0_at_1_by_2",
              "The token '{0}' was already revoked at {1} by {2}",
              name,
              revokedAt,
              revokedBy));
    }
    this.revokedAt = Objects.requireNonNull(at, "at");
    this.revokedBy = Objects.requireNonNull(by, "by");
  }

  /** Whether a use at {@code now} should be written: the first one, then once a minute at most. */
  public boolean isUseWorthRecording(Instant now) {
    return isUseWorthRecording(lastUsedAt, now);
  }

  /** The same rule, for a token last used at {@code lastUsedAt} (null: never). */
  public static boolean isUseWorthRecording(Instant lastUsedAt, Instant now) {
    return lastUsedAt == null || !now.isBefore(lastUsedAt.plus(USE_RECORDING_INTERVAL));
  }

  /** Notes that the token was used at {@code now}; returns whether anything changed. */
  public boolean recordUse(Instant now) {
    if (isRevoked()) {
      throw new IllegalStateException("A revoked token cannot be used");
    }
    if (!isUseWorthRecording(now)) {
      return false;
    }
    lastUsedAt = now;
    return true;
  }

  public boolean isRevoked() {
    return revokedAt != null;
  }

  public String name() {
    return name;
  }

  public ApiScope scope() {
    return scope;
  }

  public String displayPrefix() {
    return displayPrefix;
  }

  public String createdBy() {
    return createdBy;
  }

  public Instant lastUsedAt() {
    return lastUsedAt;
  }

  public Instant revokedAt() {
    return revokedAt;
  }

  public String revokedBy() {
    return revokedBy;
  }

  public Instant expiresAt() {
    return expiresAt;
  }

  public boolean isNetwork() {
    return network;
  }

  public Integer requestsPerMinute() {
    return requestsPerMinute;
  }

  /** A plain snapshot, safe to keep in a view. */
  public ApiTokenSummary summary() {
    return new ApiTokenSummary(
        getId(),
        name,
        displayPrefix,
        scope,
        createdBy,
        getCreatedAt(),
        lastUsedAt,
        revokedAt,
        revokedBy,
        expiresAt,
        network,
        requestsPerMinute);
  }
}
