package org.meridian.tenancy.reset;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Objects;
import org.meridian.tenancy.signin.LoginDigest;

/**
 * The secret in a reset link: 32 random bytes, written URL-safe. Only {@link #digest()} is stored,
 * so a copy of the database does not hold usable links.
 */
public final class ResetToken {

  static final int BYTES = 32;
  private static final SecureRandom RANDOM = new SecureRandom();

  private final String value;

  private ResetToken(String value) {
    this.value = value;
  }

  public static ResetToken generate() {
    byte[] bytes = new byte[BYTES];
    RANDOM.nextBytes(bytes);
    return new ResetToken(Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
  }

  /** The digest of a token as it came back in a link (any text: unknown ones simply match none). */
  public static String digestOf(String value) {
    return LoginDigest.sha256(Objects.requireNonNullElse(value, ""));
  }

  /** The text that goes in the link. */
  public String value() {
    return value;
  }

  public String digest() {
    return digestOf(value);
  }

  @Override
  public String toString() {
    return "ResetToken[secret]";
  }
}
