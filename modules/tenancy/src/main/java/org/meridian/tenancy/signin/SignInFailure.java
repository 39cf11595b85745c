package org.meridian.tenancy.signin;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import org.meridian.tenancy.persistence.BaseEntity;

/** One failed sign-in: which login name (as a digest), from which client address, and when. */
@Entity
@Table(name = "sign_in_failure")
public class SignInFailure extends BaseEntity {

  @Column(name = "login_digest", nullable = false, updatable = false, length = 64)
  private String loginDigest;

  @Column(name = "client_address", nullable = false, updatable = false, length = 64)
  private String clientAddress;

  @Column(name = "failed_at", nullable = false, updatable = false)
  private Instant failedAt;

  protected SignInFailure() {}

  public SignInFailure(String loginDigest, String clientAddress, Instant failedAt) {
    this.loginDigest = Objects.requireNonNull(loginDigest, "loginDigest");
    String address = Objects.requireNonNull(clientAddress, "clientAddress");
    this.clientAddress = address.length() > 64 ? address.substring(0, 64) : address;
    this.failedAt = Objects.requireNonNull(failedAt, "failedAt");
  }

  public Instant failedAt() {
    return failedAt;
  }
}
