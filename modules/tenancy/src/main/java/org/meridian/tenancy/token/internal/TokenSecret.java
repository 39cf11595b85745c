package org.meridian.tenancy.token.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * The secret of an API token: {@code mrd_} followed by 32 random bytes in unpadded base64url (43
 * characters). The prefix makes a leaked token recognisable to people and secret scanners.
 *
 * <p>Tokens are stored as their SHA-256 hash. A fast, unsalted hash is right here, unlike for
 * passwords: 256 random bits cannot be guessed or looked up in a table, so a slow hash would only
 * cost time on every API request, and an unsalted hash lets the token be found by an index lookup.
 */
public final class TokenSecret {

  /** What every Meridian API token starts with. */
  public static final String PREFIX = "mrd_";

  /** How many characters of the random part are kept, in clear, for display. */
  static final int SHOWN_CHARACTERS = 6;

  private static final int RANDOM_BYTES = 32;
  private static final Pattern SHAPE = Pattern.compile("mrd_[A-Za-z0-9_-]{43}");
  private static final SecureRandom RANDOM = new SecureRandom();

  private final String value;

  private TokenSecret(String value) {
    this.value = value;
  }

  /** A new, random secret. */
  public static TokenSecret generate() {
    byte[] bytes = new byte[RANDOM_BYTES];
    RANDOM.nextBytes(bytes);
    return new TokenSecret(PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
  }

  /**
   * The secret a client presented, if it has the shape of a Meridian token; otherwise a message
   * that says what is wrong with it.
   */
  public static TokenSecret parse(String presented) {
    if (presented == null || presented.isBlank()) {
      throw new IllegalArgumentException("The token is empty");
    }
    String text = presented.strip();
    if (!text.startsWith(PREFIX)) {
      throw new IllegalArgumentException("A Meridian API token starts with '" + PREFIX + "'");
    }
    if (!SHAPE.matcher(text).matches()) {
      throw new IllegalArgumentException(
          "A Meridian API token is '" + PREFIX + "' and 43 more characters: copy it whole");
    }
    return new TokenSecret(text);
  }

  /** The secret itself: shown once, when the token is issued, and never stored. */
  public String value() {
    return value;
  }

  /** The SHA-256 hash of the secret, as 64 lower-case hexadecimal digits: what is stored. */
  public String hash() {
    try {
      MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(sha256.digest(value.getBytes(StandardCharsets.US_ASCII)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every Java runtime has SHA-256", e);
    }
  }

  /** The start of the secret, for telling tokens apart in lists: {@code mrd_ab12cd}. */
  public String displayPrefix() {
    return value.substring(0, PREFIX.length() + SHOWN_CHARACTERS);
  }

  /** Never the secret: it must not end up in logs. */
  @Override
  public String toString() {
    return displayPrefix() + "…";
  }
}
