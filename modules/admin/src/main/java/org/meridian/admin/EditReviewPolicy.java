package org.meridian.admin;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.meridian.tenancy.TenantContext;
import org.meridian.workflow.review.PolicyRefusedException;
import org.meridian.workflow.review.ReviewPolicies;
import org.meridian.workflow.review.ReviewPolicy;
import org.meridian.workflow.review.ReviewSubject;
import org.meridian.workflow.review.Reviews;

/**
 * The office's review policy: what it asks of every item, and the types or kinds that ask for
 * something else. Office administrators change it; everyone in the office can read it.
 */
@Named
@ViewScoped
public class EditReviewPolicy implements Serializable {

  private static final long serialVersionUID = 1L;

  /** One line of the form: a type or kind, and what it asks ("" = as the office's default). */
  public static final class Line implements Serializable {
    private static final long serialVersionUID = 1L;
    private final String key;
    private final String label;
    private String reviews;

    Line(String key, String label, String reviews) {
      this.key = key;
      this.label = label;
      this.reviews = reviews;
    }

    public String getKey() {
      return key;
    }

    public String getLabel() {
      return label;
    }

    public String getReviews() {
      return reviews;
    }

    public void setReviews(String reviews) {
      this.reviews = reviews == null ? "" : reviews;
    }
  }

  @Inject private ReviewPolicies policies;
  @Inject private TenantContext tenant;
  @Inject private CurrentOffice currentOffice;

  private String standard = Reviews.NONE.name();
  private final List<Line> lines = new ArrayList<>();
  private boolean mayChange;

  @PostConstruct
  void init() {
    if (tenant.current().isEmpty()) {
      return;
    }
    load(policies.current());
    mayChange = policies.mayChange(currentOffice.getEmail());
  }

  public void save() {
    Reviews chosen = parse(standard);
    if (chosen == null) {
      Messages.errorOn("policy:standard", "reviewpolicy.choose_standard");
      return;
    }
    Map<String, Reviews> exceptions = new HashMap<>();
    for (Line line : lines) {
      if (!line.reviews.isEmpty()) {
        Reviews r = parse(line.reviews);
        if (r == null) {
          Messages.error("reviewpolicy.unknown_choice_0", line.label);
          return;
        }
        exceptions.put(line.key, r);
      }
    }
    try {
      load(policies.change(new ReviewPolicy(chosen, exceptions), currentOffice.getEmail()));
      Messages.info("reviewpolicy.saved");
    } catch (PolicyRefusedException | IllegalArgumentException e) {
      Messages.refusal(e);
    }
  }

  private void load(ReviewPolicy policy) {
    standard = policy.standard().name();
    lines.clear();
    for (ReviewSubject subject : ReviewSubject.all()) {
      Reviews r = policy.exceptions().get(subject.key());
      lines.add(new Line(subject.key(), subject.label(), r == null ? "" : r.name()));
    }
  }

  private static Reviews parse(String name) {
    for (Reviews r : Reviews.values()) {
      if (r.name().equals(name)) {
        return r;
      }
    }
    return null;
  }

  public List<Reviews> getChoices() {
    return List.of(Reviews.values());
  }

  public List<Line> getLines() {
    return lines;
  }

  public String getStandard() {
    return standard;
  }

  public void setStandard(String standard) {
    this.standard = standard;
  }

  public boolean isMayChange() {
    return mayChange;
  }

  public boolean isReady() {
    return tenant.current().isPresent();
  }
}
