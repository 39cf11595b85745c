package org.meridian.workflow.review;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.meridian.content.ContentConflictException;
import org.meridian.content.ContentNotFoundException;
import org.meridian.tenancy.Refusal;
import org.meridian.tenancy.RefusedArgumentException;

/**
 * Takes one step on many items of the current office, each in a transaction of its own (no
 * transaction here: {@link Workflow#take} starts one per item), so one refusal stops nothing else,
 * and tells per item what happened.
 */
@ApplicationScoped
public class BulkSteps {

  /** The steps offered in bulk: the ones that need no comment and no look at the text. */
  public static final Set<Transition> OFFERED =
      EnumSet.of(Transition.PUBLISH, Transition.UNPUBLISH, Transition.ARCHIVE);

  /** More than a screen's worth is a mistake, not a bulk action. */
  public static final int MAX_ITEMS = 200;

  @Inject private Workflow workflow;

  /**
   * @throws IllegalArgumentException when {@code step} is not offered in bulk, or no or too many
   *     items are given
   */
  public List<BulkResult> take(List<Long> itemIds, Transition step, String actor) {
    if (step == null || !OFFERED.contains(step)) {
      throw new RefusedArgumentException(
          Refusal.of("bulk.choose_step", "Choose publish, unpublish or archive"));
    }
    Set<Long> distinct = new LinkedHashSet<>(itemIds);
    if (distinct.isEmpty()) {
      throw new RefusedArgumentException(
          Refusal.of("bulk.select_an_item", "Select at least one item"));
    }
    if (distinct.size() > MAX_ITEMS) {
      throw new RefusedArgumentException(
          Refusal.of("bulk.at_most_0_items", "Select at most {0} items at a time", MAX_ITEMS));
    }
    List<BulkResult> results = new ArrayList<>(distinct.size());
    for (long id : distinct) {
      results.add(one(id, step, actor));
    }
    return results;
  }

  private BulkResult one(long id, Transition step, String actor) {
    try {
      ItemTransitioned done = workflow.take(id, step, actor, null);
      return new BulkResult(id, done.title(), true, done.to().label(), done.to(), null);
    } catch (TransitionRefusedException e) {
      return new BulkResult(id, null, false, e.getMessage(), null, e.refusal());
    } catch (ContentConflictException e) {
      return new BulkResult(id, null, false, e.getMessage(), null, null);
    } catch (ContentNotFoundException e) {
      Refusal none =
          Refusal.of("workflow.bulk_no_such_item", "There is no such item in this office");
      return new BulkResult(id, null, false, none.text(), null, none);
    }
  }
}
