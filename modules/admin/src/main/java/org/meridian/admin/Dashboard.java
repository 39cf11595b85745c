package org.meridian.admin;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.meridian.content.ContentSummary;
import org.meridian.content.EditorQueries;
import org.meridian.content.translation.OutdatedTranslation;
import org.meridian.content.translation.TranslationQueries;
import org.meridian.tenancy.TenantContext;
import org.meridian.tenancy.office.OfficeRef;
import org.meridian.workflow.review.ReviewQueues;
import org.meridian.workflow.review.ReviewTask;
import org.meridian.workflow.schedule.ScheduleSummary;
import org.meridian.workflow.schedule.ScheduleTime;
import org.meridian.workflow.schedule.Scheduling;

/**
 * What needs the signed-in person in the current office, on one page: their drafts, reviews waiting
 * for them, their items sent back, what is scheduled, what went live lately, content past its
 * review date and outdated translations. A few of each, each with a link to the full list.
 */
@Named
@RequestScoped
public class Dashboard {

  private static final int FEW = 8;

  @Inject private EditorQueries content;
  @Inject private Clock clock;
  @Inject private ReviewQueues queues;
  @Inject private Scheduling scheduling;
  @Inject private TranslationQueries translationQueries;
  @Inject private TenantContext tenant;
  @Inject private CurrentOffice currentOffice;

  private List<ContentSummary> myDrafts = List.of();
  private List<ReviewTask> awaitingMyReview = List.of();
  private List<ReviewTask> sentBackToMe = List.of();
  private List<ScheduleSummary> scheduled = List.of();
  private List<ContentSummary> recentlyPublished = List.of();
  private List<ContentSummary> stale = List.of();
  private List<OutdatedTranslation> outdated = List.of();

  @PostConstruct
  void init() {
    if (tenant.current().isEmpty()) {
      return;
    }
    String me = currentOffice.getEmail();
    myDrafts = content.draftsBy(me, FEW);
    awaitingMyReview = queues.awaitingReviewBy(me, FEW);
    sentBackToMe = queues.changesRequestedOf(me, FEW);
    scheduled = scheduling.pending(FEW);
    recentlyPublished = content.recentlyPublished(FEW);
    stale = content.reviewOverdue(LocalDate.ofInstant(clock.instant(), zone()), FEW);
    outdated = translationQueries.outdated(FEW);
  }

  /** A time as the office reads it. */
  public String when(Instant at) {
    return at == null ? "" : ScheduleTime.shown(at, zone());
  }

  /** The title of a scheduled item, for the list (one lookup per shown schedule, at most a few). */
  public String titleOf(long itemId) {
    return content.findForEditors(itemId).map(ContentSummary::title).orElse("Item " + itemId);
  }

  private ZoneId zone() {
    return currentOffice.office().map(OfficeRef::timeZone).orElse(ZoneOffset.UTC);
  }

  public boolean isReady() {
    return tenant.current().isPresent();
  }

  public List<ContentSummary> getMyDrafts() {
    return myDrafts;
  }

  public List<ReviewTask> getAwaitingMyReview() {
    return awaitingMyReview;
  }

  public List<ReviewTask> getSentBackToMe() {
    return sentBackToMe;
  }

  public List<ScheduleSummary> getScheduled() {
    return scheduled;
  }

  public List<ContentSummary> getRecentlyPublished() {
    return recentlyPublished;
  }

  public List<ContentSummary> getStale() {
    return stale;
  }

  public List<OutdatedTranslation> getOutdated() {
    return outdated;
  }
}
