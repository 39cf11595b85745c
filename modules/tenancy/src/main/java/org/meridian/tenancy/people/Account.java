package org.meridian.tenancy.people;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.util.Locale;
import java.util.Objects;
import org.meridian.tenancy.office.LanguageTag;
import org.meridian.tenancy.persistence.BaseEntity;

/** A person who signs in to the console. One account may work in several offices. */
@Entity
@Table(name = "account")
public class Account extends BaseEntity {

  @Column(name = "email", nullable = false, unique = true, length = 254)
  private String email;

  @Column(name = "display_name", nullable = false, length = 200)
  private String displayName;

  @Column(name = "password_hash", nullable = false, length = 400)
  private String passwordHash;

  @Column(name = "preferred_language", nullable = false, length = 35)
  private String preferredLanguage;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false, length = 16)
  private AccountStatus status = AccountStatus.ACTIVE;

  protected Account() {}

  public Account(
      String email, String displayName, LanguageTag preferredLanguage, String passwordHash) {
    this.email = normaliseEmail(email);
    if (displayName == null || displayName.isBlank()) {
      throw new IllegalArgumentException("A name is required");
    }
    this.displayName = displayName.strip();
    this.preferredLanguage = Objects.requireNonNull(preferredLanguage, "language").value();
    this.passwordHash = Objects.requireNonNull(passwordHash, "passwordHash");
  }

  /** E-mail addresses are compared case-insensitively. */
  public static String normaliseEmail(String email) {
    if (email == null || !email.strip().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
      throw new IllegalArgumentException("'" + email + "' is not an e-mail address");
    }
    return email.strip().toLowerCase(Locale.ROOT);
  }

  public String email() {
    return email;
  }

  public String displayName() {
    return displayName;
  }

  public String passwordHash() {
    return passwordHash;
  }

  public LanguageTag preferredLanguage() {
    return new LanguageTag(preferredLanguage);
  }

  public AccountStatus status() {
    return status;
  }

  /** Replaces the password; {@code newHash} is the new password's salted hash. */
  public void changePasswordHash(String newHash) {
    this.passwordHash = Objects.requireNonNull(newHash, "newHash");
  }

  public boolean canSignIn() {
    return status == AccountStatus.ACTIVE;
  }
}
