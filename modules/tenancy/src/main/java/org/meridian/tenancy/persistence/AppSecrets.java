package org.meridian.tenancy.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;

/**
 * The network's own random keys (preview addresses, sign-in device cookies), kept in the database
 * ({@code app_secret}) so that every server uses the same: made once, by the first server that
 * needs one; a second server's insert loses and reads the first's.
 */
@ApplicationScoped
public class AppSecrets {

  /** The keys are not office data: the multitenant unit must be told native SQL is meant. */
  private static final String NATIVE = "eclipselink.jdbc.allow-native-sql-query";

  @PersistenceContext(unitName = "meridian")
  private EntityManager entityManager;

  /** The 32-byte key called {@code name}, made and stored now if there is none. */
  @Transactional
  public byte[] key(String name) {
    return Base64.getDecoder().decode(read(name).orElseGet(() -> make(name)));
  }

  private String make(String name) {
    byte[] fresh = new byte[32];
    new SecureRandom().nextBytes(fresh);
    entityManager
        .createNativeQuery(
            "insert into app_secret (name, secret_value) select ?1, ?2 where not exists"
                + " (select 1 from app_secret where name = ?1)")
        .setHint(NATIVE, true)
        .setParameter(1, name)
        .setParameter(2, Base64.getEncoder().encodeToString(fresh))
        .executeUpdate();
    return read(name).orElseThrow(() -> new IllegalStateException("No key " + name + " stored"));
  }

  private Optional<String> read(String name) {
    return entityManager
        .createNativeQuery("select secret_value from app_secret where name = ?1")
        .setHint(NATIVE, true)
        .setParameter(1, name)
        .getResultStream()
        .findFirst()
        .map(Object::toString);
  }
}
