package org.meridian.workflow.review;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.meridian.content.ContentType;
import org.meridian.tenancy.Refusal;
import org.meridian.tenancy.TenantContext;
import org.meridian.tenancy.office.OfficeRef;
import org.meridian.tenancy.permission.OfficeAction;
import org.meridian.tenancy.permission.OfficePermissions;
import org.meridian.tenancy.persistence.OfficeData;

/** Reads and changes the current office's review policy. */
@ApplicationScoped
@Transactional
public class ReviewPolicies {

  @Inject private OfficeData data;
  @Inject private TenantContext tenant;
  @Inject private OfficePermissions permissions;
  @Inject private Event<ReviewPolicyChanged> changes;

  /** The current office's policy ({@link ReviewPolicy#DIRECT} until it chooses one). */
  public ReviewPolicy current() {
    Reviews standard = Reviews.NONE;
    Map<String, Reviews> exceptions = new HashMap<>();
    for (PolicyRule rule : rules()) {
      if (ReviewSubject.DEFAULT.equals(rule.subject())) {
        standard = rule.reviews();
      } else if (ReviewSubject.exists(rule.subject())) {
        exceptions.put(rule.subject(), rule.reviews());
      }
    }
    return new ReviewPolicy(standard, exceptions);
  }

  /** What the current office's policy asks of an item of {@code type} (and {@code kind}). */
  public Reviews reviewsFor(ContentType type, Optional<String> kind) {
    return current().reviewsFor(type, kind);
  }

  /**
   * Replaces the current office's policy. Only its administrators (and HQ administrators) may.
   *
   * @throws PolicyRefusedException when {@code actor} may not
   */
  public ReviewPolicy change(ReviewPolicy wanted, String actor) {
    OfficeRef office = tenant.require();
    if (!mayChange(office, actor)) {
      throw new PolicyRefusedException(
          Refusal.of(
              "policy.administrators_only",
              "Only the office's administrators may change its review policy"));
    }
    ReviewPolicy before = current();
    var em = data.entityManager();
    Map<String, PolicyRule> existing = new HashMap<>();
    rules().forEach(r -> existing.put(r.subject(), r));
    Map<String, Reviews> target = new HashMap<>(wanted.exceptions());
    target.put(ReviewSubject.DEFAULT, wanted.standard());
    existing.forEach(
        (subject, rule) -> {
          if (!target.containsKey(subject)) {
            em.remove(rule);
          }
        });
    target.forEach(
        (subject, reviews) -> {
          PolicyRule rule = existing.get(subject);
          if (rule == null) {
            em.persist(new PolicyRule(subject, reviews));
          } else {
            rule.change(reviews);
          }
        });
    em.flush();
    if (!before.equals(wanted)) {
      changes.fire(new ReviewPolicyChanged(office, describe(before), describe(wanted), actor));
    }
    return wanted;
  }

  /** Whether {@code actor} may change the current office's policy. */
  public boolean mayChange(String actor) {
    return mayChange(tenant.require(), actor);
  }

  private boolean mayChange(OfficeRef office, String actor) {
    return permissions.may(actor, office, OfficeAction.CHANGE_REVIEW_POLICY);
  }

  private List<PolicyRule> rules() {
    return data.entityManager()
        .createQuery("select r from PolicyRule r order by r.subject", PolicyRule.class)
        .getResultList();
  }

  /** A short text for the audit trail, e.g. {@code direct; NEWS/press-release: two reviews}. */
  static String describe(ReviewPolicy policy) {
    StringBuilder text = new StringBuilder(name(policy.standard()));
    policy.exceptions().entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .forEach(e -> text.append("; ").append(e.getKey()).append(": ").append(name(e.getValue())));
    return text.toString();
  }

  private static String name(Reviews reviews) {
    return switch (reviews) {
      case NONE -> "direct";
      case ONE -> "one review";
      case TWO -> "two reviews";
    };
  }
}
