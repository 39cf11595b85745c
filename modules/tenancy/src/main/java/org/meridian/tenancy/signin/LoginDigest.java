package org.meridian.tenancy.signin;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/** SHA-256 digests, as lower-case hex: how sign-in names and reset tokens are stored. */
public final class LoginDigest {

  private LoginDigest() {}

  /**
   * The digest of what someone typed as their e-mail address, compared case-insensitively. Anything
   * typed is accepted, so that unknown and malformed names are throttled exactly like real ones.
   */
  public static String ofLogin(String login) {
    return sha256(login == null ? "" : login.strip().toLowerCase(Locale.ROOT));
  }

  public static String sha256(String text) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every Java runtime has SHA-256", e);
    }
  }
}
