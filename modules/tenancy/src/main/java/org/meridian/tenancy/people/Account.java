package org.meridian.tenancy.people;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import org.meridian.tenancy.Refusal;
import org.meridian.tenancy.RefusedArgumentException;
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

  /** Null while the account is {@link AccountStatus#INVITED}: nobody can sign in without one. */
  @Column(name = "password_hash", length = 400)
  private String passwordHash;

  @Column(name = "preferred_language", nullable = false, length = 35)
  private String preferredLanguage;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false, length = 16)
  private AccountStatus status = AccountStatus.ACTIVE;

  /** Console sessions signed in before this moment have ended ("sign out everywhere"). */
  @Column(name = "sessions_valid_from")
  private Instant sessionsValidFrom;

  @Column(name = "last_sign_in_at")
  private Instant lastSignInAt;

  protected Account() {}

  public Account(
      String email, String displayName, LanguageTag preferredLanguage, String passwordHash) {
    this.email = normaliseEmail(email);
    if (displayName == null || displayName.isBlank()) {
      throw new RefusedArgumentException(Refusal.of("people.name_required", "A name is required"));
    }
    this.displayName = displayName.strip();
    this.preferredLanguage = Objects.requireNonNull(preferredLanguage, "language").value();
    this.passwordHash = Objects.requireNonNull(passwordHash, "passwordHash");
  }

  private Account(String email, String displayName, LanguageTag preferredLanguage) {
    this(email, displayName, preferredLanguage, "");
    this.passwordHash = null;
    this.status = AccountStatus.INVITED;
  }

  /**
   * An account that came with an office archive (docs/archive.md): active, but without a password,
   * so no sign-in until the person sets one through a password reset link sent to their address.
   */
  public static Account arrivedWithoutPassword(
      String email, String displayName, LanguageTag preferredLanguage) {
    Account account = new Account(email, displayName, preferredLanguage, "");
    account.passwordHash = null;
    return account;
  }

  /** An account for someone invited: no password, so no sign-in, until they accept. */
  public static Account invited(String email, String displayName, LanguageTag preferredLanguage) {
    return new Account(email, displayName, preferredLanguage);
  }

  /** E-mail addresses are compared case-insensitively. */
  public static String normaliseEmail(String email) {
    if (email == null || !email.strip().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
      throw new RefusedArgumentException(
          Refusal.of("people.not_an_email_0", "'{0}' is not an e-mail address", email));
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

  /** The person's language: the console speaks it when it can, and invitations use it. */
  public void changePreferredLanguage(LanguageTag language) {
    this.preferredLanguage = Objects.requireNonNull(language, "language").value();
  }

  public AccountStatus status() {
    return status;
  }

  /** When the person last signed in; null if never. */
  public Instant lastSignInAt() {
    return lastSignInAt;
  }

  public boolean hasPassword() {
    return passwordHash != null;
  }

  /** Replaces the password; {@code newHash} is the new password's salted hash. */
  public void changePasswordHash(String newHash) {
    if (status == AccountStatus.INVITED) {
      throw new IllegalStateException("An invited person sets a password by accepting");
    }
    this.passwordHash = Objects.requireNonNull(newHash, "newHash");
  }

  /** The invited person has chosen a password ({@code newHash}) and may sign in from now on. */
  public void acceptInvitation(String newHash) {
    if (status != AccountStatus.INVITED) {
      throw new IllegalStateException("Only an invited account can accept an invitation");
    }
    this.passwordHash = Objects.requireNonNull(newHash, "newHash");
    this.status = AccountStatus.ACTIVE;
  }

  /** Stops the person from signing in; their memberships stay. */
  public void disable() {
    status = AccountStatus.DISABLED;
  }

  /** Undoes {@link #disable()}: back to active, or to invited if no password was ever chosen. */
  public void enable() {
    if (status == AccountStatus.DISABLED) {
      status = hasPassword() ? AccountStatus.ACTIVE : AccountStatus.INVITED;
    }
  }

  /**
   * Whether a reset link may be sent to the person: an active account, with a password or (one that
   * came with an office archive) still without one. Invited and disabled people get none.
   */
  public boolean mayAskForReset() {
    return status == AccountStatus.ACTIVE;
  }

  public boolean canSignIn() {
    return status == AccountStatus.ACTIVE && hasPassword();
  }

  /** Ends every console session of the person signed in before {@code now}. */
  public void endSessions(Instant now) {
    this.sessionsValidFrom = Objects.requireNonNull(now, "now");
  }

  /** Console sessions signed in before this moment have ended; {@code null}: none ended so. */
  public Instant sessionsValidFrom() {
    return sessionsValidFrom;
  }
}
