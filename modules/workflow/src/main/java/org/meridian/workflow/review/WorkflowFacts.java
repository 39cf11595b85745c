package org.meridian.workflow.review;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.util.Optional;
import org.meridian.content.ContentItem;
import org.meridian.content.ContentNotFoundException;
import org.meridian.content.Revision;
import org.meridian.tenancy.TenantContext;
import org.meridian.tenancy.people.AccountDirectory;

/**
 * What {@link WorkflowRules} need to know of an item of the current office and of a person: where
 * the item stands, the reviews its office asks for, the approvals it has, and the person's standing
 * in the office.
 */
@ApplicationScoped
class WorkflowFacts {

  @Inject private TenantContext tenant;
  @Inject private AccountDirectory accounts;
  @Inject private ReviewPolicies policies;

  /** The facts of one item for one person, as read in the transaction. */
  record Facts(
      ItemWorkflow row,
      EditorialState state,
      boolean live,
      Reviews reviews,
      int approvals,
      Standing standing,
      boolean author,
      boolean approvedAlready) {

    Situation situation(boolean comment) {
      return new Situation(
          state, live, reviews, approvals, standing, author, approvedAlready, comment);
    }
  }

  /**
   * The facts of {@code item} for {@code actor} ({@code null}: nobody), with {@code given} as their
   * standing, or their standing in the office when it is {@code null}.
   */
  Facts of(EntityManager em, ContentItem item, String actor, Standing given) {
    ItemWorkflow row = row(em, item.getId()).orElse(null);
    Revision latest = item.latestRevision();
    EditorialState state =
        EditorialStates.effective(
            row == null ? null : row.state(),
            row == null ? 0 : row.revisionId(),
            latest.getId(),
            item.isLive() ? item.liveRevision().getId() : null);
    Reviews reviews =
        policies.reviewsFor(item.type(), latest.fields().text(ReviewSubject.kindField()));
    int approvals = 0;
    boolean approvedAlready = false;
    if (row != null && (state == EditorialState.IN_REVIEW || state == EditorialState.APPROVED)) {
      approvals = (int) countApprovals(em, latest.getId(), row.reviewRound(), null);
      approvedAlready = countApprovals(em, latest.getId(), row.reviewRound(), actor) > 0;
    }
    Standing standing;
    if (given != null) {
      standing = given;
    } else {
      standing =
          actor == null
              ? Standing.OUTSIDER
              : Standing.in(tenant.require(), accounts.officesOf(actor));
    }
    boolean author = actor != null && actor.equalsIgnoreCase(latest.author());
    return new Facts(
        row, state, item.isLive(), reviews, approvals, standing, author, approvedAlready);
  }

  private static long countApprovals(
      EntityManager em, long revisionId, int round, String reviewer) {
    var query =
        em.createQuery(
                "select count(distinct n.author) from ReviewNote n where n.revisionId = :revision"
                    + " and n.reviewRound = :round and n.kind = :approved"
                    + (reviewer == null ? "" : " and lower(n.author) = lower(:reviewer)"),
                Long.class)
            .setParameter("revision", revisionId)
            .setParameter("round", round)
            .setParameter("approved", NoteKind.APPROVED);
    if (reviewer != null) {
      query.setParameter("reviewer", reviewer);
    }
    return query.getSingleResult();
  }

  private static Optional<ItemWorkflow> row(EntityManager em, long itemId) {
    return em.createQuery("select w from ItemWorkflow w where w.itemId = :item", ItemWorkflow.class)
        .setParameter("item", itemId)
        .getResultStream()
        .findFirst();
  }

  /** The item, unless it is not there or in the trash. */
  static ContentItem item(EntityManager em, long itemId) {
    return em.createQuery("select i from ContentItem i where i.id = :id", ContentItem.class)
        .setParameter("id", itemId)
        .getResultStream()
        .filter(i -> !i.isTrashed())
        .findFirst()
        .orElseThrow(() -> ContentNotFoundException.item(itemId));
  }

  /** The item, locked until the end of the transaction: steps on one item take turns. */
  static ContentItem lockedItem(EntityManager em, long itemId) {
    return em.createQuery("select i from ContentItem i where i.id = :id", ContentItem.class)
        .setParameter("id", itemId)
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .getResultStream()
        .filter(i -> !i.isTrashed())
        .findFirst()
        .orElseThrow(() -> ContentNotFoundException.item(itemId));
  }
}
