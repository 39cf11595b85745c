package org.meridian.tenancy.token.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/**
 * Finds which office a presented token belongs to. This is the one read of {@code api_token} that
 * is not filtered by office, because it is how an API request learns its office in the first place.
 * It returns ids only; the token itself is then read through the office's filter.
 *
 * <p>EclipseLink refuses native SQL in a persistence unit with multitenant entities, exactly so
 * that nothing reads around the office filter by accident. This query says, with a hint, that it
 * does so on purpose; no other query in Meridian should.
 *
 * <p>Comparing hashes in the database leaks nothing useful through timing: a caller cannot choose
 * the hash of what they send, so a near miss tells them nothing about a real token.
 */
@ApplicationScoped
public class TokenLookup {

  /** The token with a given hash and its office. */
  public record Owner(long tokenId, long officeId) {}

  private static final String ALLOW_NATIVE_SQL = "eclipselink.jdbc.allow-native-sql-query";

  @PersistenceContext(unitName = "meridian")
  private EntityManager entityManager;

  /**
   * The token's row, read in a transaction of its own (the caller has none, ApiTokens): API
   * requests look tokens up at once, and outside a transaction they closed each other's entity
   * manager (InTransaction says why).
   */
  @jakarta.transaction.Transactional
  public Optional<Owner> findByHash(String secretHash) {
    List<?> rows =
        entityManager
            .createNativeQuery("select id, office_id from api_token where secret_hash = ?1")
            .setHint(ALLOW_NATIVE_SQL, true)
            .setParameter(1, secretHash)
            .getResultList();
    return rows.stream()
        .findFirst()
        .map(Object[].class::cast)
        .map(row -> new Owner(((Number) row[0]).longValue(), ((Number) row[1]).longValue()));
  }
}
