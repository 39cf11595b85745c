package org.meridian.admin;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.meridian.content.ContentConflictException;
import org.meridian.content.ContentNotFoundException;
import org.meridian.workflow.review.ItemReview;
import org.meridian.workflow.review.Transition;
import org.meridian.workflow.review.TransitionRefusedException;
import org.meridian.workflow.review.Workflow;

/**
 * The editor's publishing buttons ({@code admin/content/edit.xhtml?item=N}, form {@code
 * publishing}): submit for review, publish the latest saved revision, take off the site; each shown
 * only when the person may take the step, and the step's refusal shown when it is refused.
 */
@Named
@ViewScoped
public class PublishItem implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private Workflow workflow;
  @Inject private CurrentOffice currentOffice;

  private Long itemId;
  private transient ItemReview review;

  @PostConstruct
  void init() {
    String item =
        FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("item");
    try {
      itemId = item == null ? null : Long.valueOf(item.strip());
    } catch (NumberFormatException notAnId) {
      itemId = null;
    }
  }

  public String publish() {
    return step(Transition.PUBLISH, "content.edit.published", "content.edit.could_not_publish");
  }

  public String unpublish() {
    return step(Transition.UNPUBLISH, "common.taken_off", "content.edit.could_not_unpublish");
  }

  public String submit() {
    return step(Transition.SUBMIT, "common.submitted", "content.edit.could_not_submit");
  }

  private String step(Transition step, String success, String failure) {
    if (itemId == null) {
      return null;
    }
    try {
      workflow.take(itemId, step, currentOffice.getEmail(), null);
      return EditContent.done(ConsoleText.text(success), itemId);
    } catch (TransitionRefusedException | ContentConflictException refused) {
      Messages.error(failure, ConsoleText.refusal(refused));
      return null;
    } catch (ContentNotFoundException gone) {
      Messages.error("content.edit.item_gone");
      return null;
    }
  }

  /**
   * Where the item stands in the editorial process and what the person may do (cached per request's
   * view).
   */
  public ItemReview getReview() {
    if (review == null && itemId != null) {
      review = workflow.review(itemId, currentOffice.getEmail());
    }
    return review;
  }
}
