package org.meridian.workflow.review;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.util.Objects;
import org.meridian.tenancy.persistence.OfficeOwned;

/** One line of an office's {@link ReviewPolicy}. */
@Entity
@Table(name = "review_policy_rule")
class PolicyRule extends OfficeOwned {

  @Column(name = "subject", nullable = false, updatable = false, length = 64)
  private String subject;

  @Enumerated(EnumType.STRING)
  @Column(name = "reviews", nullable = false, length = 8)
  private Reviews reviews;

  protected PolicyRule() {}

  PolicyRule(String subject, Reviews reviews) {
    this.subject = Objects.requireNonNull(subject, "subject");
    this.reviews = Objects.requireNonNull(reviews, "reviews");
  }

  String subject() {
    return subject;
  }

  Reviews reviews() {
    return reviews;
  }

  void change(Reviews reviews) {
    this.reviews = Objects.requireNonNull(reviews, "reviews");
  }
}
