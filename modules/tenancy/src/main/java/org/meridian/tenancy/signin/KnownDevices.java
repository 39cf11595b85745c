package org.meridian.tenancy.signin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.meridian.tenancy.persistence.AppSecrets;

/**
 * Device cookies (OWASP's "slow down online guessing attacks with device cookies"): a browser that
 * signed in as a login name gets a cookie that vouches for it, the login name signed with the
 * network's key. Only a successful sign-in gives it; it cannot be made without the key, and it
 * names one login only. {@link SignInRules} spares such a browser the client address's pause.
 */
@ApplicationScoped
public class KnownDevices {

  /** The cookie's name. */
  public static final String COOKIE = "meridian_device";

  private static final String KEY = "signin-device-key";

  @Inject private AppSecrets secrets;

  private volatile byte[] key;

  /** The cookie value that vouches for {@code login} (as typed; compared without case). */
  public String cookieFor(String login) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key(), "HmacSHA256"));
      return Base64.getUrlEncoder()
          .withoutPadding()
          .encodeToString(mac.doFinal(LoginDigest.ofLogin(login).getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
    }
  }

  /** Whether {@code cookie} (null: none) vouches for {@code login}. */
  public boolean vouchesFor(String cookie, String login) {
    return cookie != null
        && login != null
        && MessageDigest.isEqual(
            cookie.getBytes(StandardCharsets.US_ASCII),
            cookieFor(login).getBytes(StandardCharsets.US_ASCII));
  }

  private byte[] key() {
    byte[] known = key;
    if (known == null) {
      known = secrets.key(KEY);
      key = known;
    }
    return known;
  }
}
