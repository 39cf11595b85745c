package org.meridian.workflow.review;

import java.util.List;
import java.util.Map;

/**
 * An item's place in the editorial process as one person sees it: where it stands, what its office
 * asks, its approvals, the steps that person may take now (and why the others are refused), and the
 * review notes, newest first.
 */
public record ItemReview(
    long itemId,
    String title,
    int latestRevision,
    String latestAuthor,
    EditorialState state,
    boolean live,
    Reviews reviews,
    int approvals,
    int approvalsNeeded,
    Map<Transition, Decision> decisions,
    List<ReviewNoteView> notes)
    implements java.io.Serializable {

  /** The steps the person may take now, in the order of {@link Transition}. */
  public List<Transition> allowed() {
    return decisions.entrySet().stream()
        .filter(e -> e.getValue().allowed())
        .map(Map.Entry::getKey)
        .sorted()
        .toList();
  }

  /** Why the person may not take {@code step} now, or {@code null} when they may. */
  public String whyNot(Transition step) {
    Decision d = decisions.get(step);
    return d == null || d.allowed() ? null : d.reason();
  }

  /** Why {@code step} is refused, as a refusal the console translates; null when allowed. */
  public org.meridian.tenancy.Refusal refusalOf(Transition step) {
    Decision d = decisions.get(step);
    return d == null || d.allowed() ? null : d.refusal();
  }

  public boolean may(Transition step) {
    Decision d = decisions.get(step);
    return d != null && d.allowed();
  }
}
