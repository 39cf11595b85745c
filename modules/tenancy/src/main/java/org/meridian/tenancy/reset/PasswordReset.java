package org.meridian.tenancy.reset;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import org.meridian.tenancy.people.Account;
import org.meridian.tenancy.persistence.BaseEntity;

/**
 * A reset or invitation link given to one account: usable once, until it expires or another link of
 * the same account is used.
 */
@Entity
@Table(name = "password_reset")
public class PasswordReset extends BaseEntity {

  /** How long a reset link works. */
  public static final Duration VALID_FOR = LinkPurpose.RESET.validFor();

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "account_id", nullable = false, updatable = false)
  private Account account;

  @Column(name = "token_hash", nullable = false, updatable = false, length = 64)
  private String tokenHash;

  @Enumerated(EnumType.STRING)
  @Column(name = "purpose", nullable = false, updatable = false, length = 16)
  private LinkPurpose purpose;

  @Column(name = "expires_at", nullable = false, updatable = false)
  private Instant expiresAt;

  @Column(name = "used_at")
  private Instant usedAt;

  @Column(name = "revoked_at")
  private Instant revokedAt;

  protected PasswordReset() {}

  /** A password reset link. */
  public PasswordReset(Account account, ResetToken token, Instant issuedAt) {
    this(account, token, LinkPurpose.RESET, issuedAt);
  }

  public PasswordReset(Account account, ResetToken token, LinkPurpose purpose, Instant issuedAt) {
    this.account = Objects.requireNonNull(account, "account");
    this.tokenHash = Objects.requireNonNull(token, "token").digest();
    this.purpose = Objects.requireNonNull(purpose, "purpose");
    this.expiresAt = Objects.requireNonNull(issuedAt, "issuedAt").plus(purpose.validFor());
  }

  public Account account() {
    return account;
  }

  public LinkPurpose purpose() {
    return purpose;
  }

  public Instant expiresAt() {
    return expiresAt;
  }

  public boolean isUsable(Instant now) {
    return usedAt == null && revokedAt == null && now.isBefore(expiresAt);
  }

  /** Spends the link. */
  public void use(Instant now) {
    if (!isUsable(now)) {
      throw new InvalidResetLinkException();
    }
    usedAt = now;
  }

  /** Closes a link that was not used, e.g. because another link of the account was. */
  public void revoke(Instant now) {
    if (usedAt == null && revokedAt == null) {
      revokedAt = now;
    }
  }
}
