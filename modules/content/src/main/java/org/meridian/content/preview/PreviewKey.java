package org.meridian.content.preview;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The key preview addresses are signed with, the same on every server: {@code
 * meridian.preview.secret} when set (at least 32 characters), else a random key made once and kept
 * in the database ({@code app_secret}), so that an address made by one server opens on another.
 */
@ApplicationScoped
public class PreviewKey {

  private static final String NAME = "preview-signing-key";

  /** The key is not office data: the multitenant unit must be told native SQL is meant. */
  private static final String NATIVE = "eclipselink.jdbc.allow-native-sql-query";

  @PersistenceContext(unitName = "meridian")
  private EntityManager entityManager;

  @Inject
  @ConfigProperty(name = "meridian.preview.secret")
  private Optional<String> configured;

  private volatile PreviewSignature signature;

  /** The signer; the first call may make and store the key, hence the transaction. */
  @Transactional
  public PreviewSignature signature() {
    PreviewSignature known = signature;
    if (known == null) {
      known = new PreviewSignature(keyBytes());
      signature = known;
    }
    return known;
  }

  private byte[] keyBytes() {
    if (configured.isPresent() && !configured.get().isBlank()) {
      byte[] bytes = configured.get().getBytes(StandardCharsets.UTF_8);
      if (bytes.length < 32) {
        throw new IllegalStateException("meridian.preview.secret must have at least 32 characters");
      }
      return bytes;
    }
    return Base64.getDecoder().decode(stored());
  }

  /** The stored key, made now if there is none (a second server's insert loses and reads it). */
  private String stored() {
    Optional<String> existing = read();
    if (existing.isPresent()) {
      return existing.get();
    }
    byte[] fresh = new byte[32];
    new SecureRandom().nextBytes(fresh);
    String encoded = Base64.getEncoder().encodeToString(fresh);
    entityManager
        .createNativeQuery(
            "insert into app_secret (name, secret_value) select ?1, ?2 where not exists"
                + " (select 1 from app_secret where name = ?1)")
        .setHint(NATIVE, true)
        .setParameter(1, NAME)
        .setParameter(2, encoded)
        .executeUpdate();
    return read().orElseThrow(() -> new IllegalStateException("No preview key was stored"));
  }

  private Optional<String> read() {
    return entityManager
        .createNativeQuery("select secret_value from app_secret where name = ?1")
        .setHint(NATIVE, true)
        .setParameter(1, NAME)
        .getResultStream()
        .findFirst()
        .map(Object::toString);
  }
}
