package org.meridian.workflow.review;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.meridian.content.ContentType;
import org.meridian.tenancy.Refusal;
import org.meridian.tenancy.RefusedArgumentException;

/**
 * An office's review policy: what it asks of every item, and the types or kinds that ask for
 * something else (e.g. two reviews for press releases).
 *
 * @param standard what the office asks when no exception names the item
 * @param exceptions by {@link ReviewSubject} key
 */
public record ReviewPolicy(Reviews standard, Map<String, Reviews> exceptions) {

  /** What an office that has chosen nothing runs: editors publish. */
  public static final ReviewPolicy DIRECT = new ReviewPolicy(Reviews.NONE, Map.of());

  public ReviewPolicy {
    Objects.requireNonNull(standard, "standard");
    exceptions = Map.copyOf(exceptions);
    for (String key : exceptions.keySet()) {
      if (ReviewSubject.DEFAULT.equals(key) || !ReviewSubject.exists(key)) {
        throw new RefusedArgumentException(
            Refusal.of("policy.no_such_type_0", "No such type or kind: {0}", key));
      }
    }
  }

  /**
   * What the policy asks of an item of {@code type} (and {@code kind}, where the type has kinds).
   */
  public Reviews reviewsFor(ContentType type, Optional<String> kind) {
    for (String key : ReviewSubject.lookupOrder(type, kind)) {
      Reviews r = ReviewSubject.DEFAULT.equals(key) ? standard : exceptions.get(key);
      if (r != null) {
        return r;
      }
    }
    return standard;
  }

  /** Whether any item can need review under this policy. */
  public boolean asksForReview() {
    return standard != Reviews.NONE
        || exceptions.values().stream().anyMatch(r -> r != Reviews.NONE);
  }
}
