package org.meridian.content.preview;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signs and checks preview addresses: an HMAC-SHA256 over the office, the item, the revision and
 * the expiry, with a key the servers share. Pure; the key comes from {@link PreviewLinks}.
 */
public final class PreviewSignature {

  private static final String ALGORITHM = "HmacSHA256";
  private final byte[] key;

  public PreviewSignature(byte[] key) {
    if (key.length < 32) {
      throw new IllegalArgumentException("A preview key has at least 32 bytes");
    }
    this.key = key.clone();
  }

  /**
   * The signature of a preview of {@code revision} of {@code item}, valid until {@code expires}.
   */
  public String sign(String office, long item, int revision, long expires) {
    try {
      Mac mac = Mac.getInstance(ALGORITHM);
      mac.init(new SecretKeySpec(key, ALGORITHM));
      byte[] digest =
          mac.doFinal(
              (office + "|" + item + "|" + revision + "|" + expires)
                  .getBytes(StandardCharsets.UTF_8));
      return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HMAC-SHA256 is not available", e);
    }
  }

  /**
   * Whether {@code signature} is right for these values and {@code expires} is after {@code now}.
   */
  public boolean accepts(
      String office, long item, int revision, long expires, String signature, Instant now) {
    if (signature == null || expires <= now.getEpochSecond()) {
      return false;
    }
    byte[] expected = sign(office, item, revision, expires).getBytes(StandardCharsets.US_ASCII);
    return MessageDigest.isEqual(expected, signature.getBytes(StandardCharsets.US_ASCII));
  }
}
