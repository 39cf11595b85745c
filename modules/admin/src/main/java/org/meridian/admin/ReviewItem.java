package org.meridian.admin;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.meridian.content.ContentConflictException;
import org.meridian.content.ContentNotFoundException;
import org.meridian.tenancy.office.OfficeRef;
import org.meridian.workflow.review.ItemReview;
import org.meridian.workflow.review.ReviewQueues;
import org.meridian.workflow.review.Transition;
import org.meridian.workflow.review.TransitionRefusedException;
import org.meridian.workflow.review.Workflow;
import org.meridian.workflow.schedule.ScheduleTime;

/**
 * One item's place in the editorial process (?item=N): where it stands, what its office's policy
 * asks, the steps the signed-in person may take (with a comment), and the review notes.
 */
@Named
@ViewScoped
public class ReviewItem implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private Workflow workflow;
  @Inject private ReviewQueues queues;
  @Inject private CurrentOffice currentOffice;

  private Long itemId;
  private ItemReview review;
  private List<String> nextApprovers;
  private String comment;

  @PostConstruct
  void init() {
    String id =
        FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("item");
    itemId = parse(id).orElse(null);
    reload();
  }

  /** Takes {@code step} with the comment typed, if any. */
  public void take(Transition step) {
    if (review == null) {
      return;
    }
    try {
      workflow.take(itemId, step, currentOffice.getEmail(), comment);
      Messages.info(done(step));
      comment = null;
    } catch (TransitionRefusedException e) {
      if (step == Transition.REQUEST_CHANGES || e.getMessage().contains("comment")) {
        Messages.refusalOn("review:comment", e);
      } else {
        Messages.error(
            "content.review.step_refused_0_1",
            ConsoleText.text("step." + step.name()),
            ConsoleText.refusal(e));
      }
    } catch (ContentConflictException e) {
      Messages.refusal(e);
    } catch (ContentNotFoundException e) {
      Messages.error("common.not_in_office_0", currentOffice.getCode());
    }
    reload();
  }

  /** Adds the comment typed without taking a step. */
  public void addComment() {
    if (review == null) {
      return;
    }
    try {
      workflow.comment(itemId, currentOffice.getEmail(), comment);
      Messages.info("content.review.comment_added_0", review.latestRevision());
      comment = null;
    } catch (TransitionRefusedException e) {
      Messages.refusalOn("review:comment", e);
    }
    reload();
  }

  private String done(Transition step) {
    return switch (step) {
      case SUBMIT -> "common.submitted";
      case APPROVE -> "content.review.approved";
      case REQUEST_CHANGES -> "content.review.sent_back";
      case PUBLISH -> "content.review.published";
      case UNPUBLISH -> "common.taken_off";
      case ARCHIVE -> "content.review.archived";
      case REOPEN -> "content.review.reopened";
    };
  }

  /** The steps shown as buttons: those the person may take now. */
  public List<Transition> getSteps() {
    return review == null ? List.of() : review.allowed();
  }

  /**
   * Why the person cannot publish now, if they cannot (so nobody wonders where the button went).
   */
  public String getWhyNotPublish() {
    return review == null ? null : ConsoleText.refusal(review.refusalOf(Transition.PUBLISH));
  }

  /** Who can give the next approval while the item waits for one (e-mail addresses). */
  public List<String> getNextApprovers() {
    if (review == null || review.state() != org.meridian.workflow.review.EditorialState.IN_REVIEW) {
      return List.of();
    }
    if (nextApprovers == null) {
      nextApprovers = queues.nextApprovers(itemId);
    }
    return nextApprovers;
  }

  /** The same, as one text for the sentence that names them. */
  public String getNextApproversText() {
    return String.join(", ", getNextApprovers());
  }

  public String when(Instant at) {
    return at == null ? "" : ScheduleTime.shown(at, zone());
  }

  /**
   * The instant for a {@code <time datetime>}: HTML takes at most three digits of a second's
   * fraction, and the database keeps six; seconds say enough.
   */
  public String machineTime(Instant at) {
    return at == null ? "" : at.truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString();
  }

  public boolean isFound() {
    return review != null;
  }

  public ItemReview getReview() {
    return review;
  }

  public Long getItemId() {
    return itemId;
  }

  public String getComment() {
    return comment;
  }

  public void setComment(String comment) {
    this.comment = comment;
  }

  private void reload() {
    nextApprovers = null;
    try {
      review = itemId == null ? null : workflow.review(itemId, currentOffice.getEmail());
    } catch (ContentNotFoundException e) {
      review = null;
    }
  }

  private ZoneId zone() {
    return currentOffice.office().map(OfficeRef::timeZone).orElse(ZoneOffset.UTC);
  }

  private static Optional<Long> parse(String id) {
    try {
      return id == null ? Optional.empty() : Optional.of(Long.parseLong(id.strip()));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }
}
