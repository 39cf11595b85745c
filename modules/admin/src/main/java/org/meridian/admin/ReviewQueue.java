package org.meridian.admin;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.meridian.tenancy.TenantContext;
import org.meridian.workflow.review.ReviewQueues;
import org.meridian.workflow.review.ReviewTask;

/** What waits for the signed-in person: reviews they may give, and their items sent back. */
@Named
@RequestScoped
public class ReviewQueue {

  private static final int SHOWN = 100;

  @Inject private ReviewQueues queues;
  @Inject private TenantContext tenant;
  @Inject private CurrentOffice currentOffice;

  private List<ReviewTask> awaiting = List.of();
  private List<ReviewTask> sentBack = List.of();

  @PostConstruct
  void init() {
    if (tenant.current().isEmpty()) {
      return;
    }
    awaiting = queues.awaitingReviewBy(currentOffice.getEmail(), SHOWN);
    sentBack = queues.changesRequestedOf(currentOffice.getEmail(), SHOWN);
  }

  public List<ReviewTask> getAwaiting() {
    return awaiting;
  }

  public List<ReviewTask> getSentBack() {
    return sentBack;
  }
}
