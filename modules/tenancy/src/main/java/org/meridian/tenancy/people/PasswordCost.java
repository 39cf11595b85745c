package org.meridian.tenancy.people;

import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * How costly new password hashes are: PBKDF2-SHA512 iterations ({@code
 * meridian.password.iterations}, default {@value #DEFAULT}, OWASP's 2023 advice). Every stored hash
 * names the iterations it was made with and is checked with those, so changing the setting only
 * changes hashes made from then on. Test servers lower it to sign in quickly; below the default it
 * is for tests only.
 */
public record PasswordCost(int iterations) {

  public static final String KEY = "meridian.password.iterations";
  public static final int DEFAULT = 210_000;

  /** The least Jakarta Security's PBKDF2 accepts. */
  public static final int FEWEST = 1_024;

  public static final int MOST = 10_000_000;

  public PasswordCost {
    if (iterations < FEWEST || iterations > MOST) {
      throw new IllegalArgumentException(
          KEY + " must be a whole number from " + FEWEST + " to " + MOST + ": got " + iterations);
    }
  }

  /** The cost from MicroProfile Config (system properties, environment, default). */
  public static PasswordCost fromConfig() {
    return parse(
        ConfigProvider.getConfig(PasswordCost.class.getClassLoader())
            .getOptionalValue(KEY, String.class));
  }

  /**
   * The cost a setting's value gives: the default when missing or blank.
   *
   * @throws IllegalArgumentException naming the setting when the value is wrong
   */
  public static PasswordCost parse(Optional<String> value) {
    String text = value.map(String::strip).orElse("");
    if (text.isEmpty()) {
      return new PasswordCost(DEFAULT);
    }
    try {
      return new PasswordCost(Integer.parseInt(text));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          KEY + " must be a whole number from " + FEWEST + " to " + MOST + ": got '" + text + "'");
    }
  }

  /** Whether hashes are cheaper than production's: for test servers only. */
  public boolean belowDefault() {
    return iterations < DEFAULT;
  }

  /** The parameters of Jakarta Security's {@code Pbkdf2PasswordHash}: SHA-512, 32-byte salt. */
  Map<String, String> hashParameters() {
    return Map.of(
        "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA512",
        "Pbkdf2PasswordHash.Iterations", Integer.toString(iterations),
        "Pbkdf2PasswordHash.SaltSizeBytes", "32",
        "Pbkdf2PasswordHash.KeySizeBytes", "64");
  }
}
