package org.meridian.workflow.review;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.meridian.content.ContentItem;
import org.meridian.content.Revision;
import org.meridian.tenancy.TenantContext;
import org.meridian.tenancy.people.AccountDirectory;
import org.meridian.tenancy.persistence.OfficeData;

/**
 * What waits for review in the current office, and for whom: each item's editorial state, the items
 * in review or sent back, the review backlog, and who can give an item's next approval. Reads only:
 * {@link Workflow} takes the steps.
 */
@ApplicationScoped
@Transactional
public class ReviewQueues {

  @Inject private OfficeData data;
  @Inject private TenantContext tenant;
  @Inject private AccountDirectory accounts;
  @Inject private WorkflowFacts workflowFacts;

  /**
   * Who can give the item's next approval while it waits for review: the office's publishers and
   * administrators who can sign in, less the latest revision's author and those who approved it in
   * this round, by e-mail address in alphabetical order. Empty when nothing waits for an approval
   * (and when nobody of the office can give it: HQ's administrators still can).
   */
  public List<String> nextApprovers(long itemId) {
    EntityManager em = data.entityManager();
    ContentItem item = WorkflowFacts.item(em, itemId);
    WorkflowFacts.Facts facts = workflowFacts.of(em, item, null, Standing.OUTSIDER);
    if (facts.state() != EditorialState.IN_REVIEW || facts.row() == null) {
      return List.of();
    }
    Revision latest = item.latestRevision();
    Set<String> approved =
        em.createQuery(
                "select distinct lower(n.author) from ReviewNote n where n.revisionId = :revision"
                    + " and n.reviewRound = :round and n.kind = :approved",
                String.class)
            .setParameter("revision", latest.getId())
            .setParameter("round", facts.row().reviewRound())
            .setParameter("approved", NoteKind.APPROVED)
            .getResultStream()
            .collect(Collectors.toSet());
    String author = latest.author() == null ? "" : latest.author().toLowerCase(Locale.ROOT);
    return accounts.activeMembersOf(tenant.require()).stream()
        .filter(m -> Standing.of(m.getValue()) == Standing.REVIEWER)
        .map(m -> m.getKey().toLowerCase(Locale.ROOT))
        .filter(email -> !email.equals(author) && !approved.contains(email))
        .distinct()
        .sorted()
        .toList();
  }

  /** Where each of the current office's {@code itemIds} stands (unknown ids are left out). */
  public Map<Long, EditorialState> states(Collection<Long> itemIds) {
    Map<Long, EditorialState> states = new HashMap<>();
    if (itemIds.isEmpty()) {
      return states;
    }
    EntityManager em = data.entityManager();
    Map<Long, ItemWorkflow> rows = new HashMap<>();
    em.createQuery("select w from ItemWorkflow w where w.itemId in :ids", ItemWorkflow.class)
        .setParameter("ids", itemIds)
        .getResultList()
        .forEach(w -> rows.put(w.itemId(), w));
    List<Object[]> items =
        em.createQuery(
                "select i.id, latest.id, live.id from ContentItem i join i.latestRevision latest"
                    + " left join i.liveRevision live where i.id in :ids",
                Object[].class)
            .setParameter("ids", itemIds)
            .getResultList();
    for (Object[] i : items) {
      long id = (Long) i[0];
      ItemWorkflow row = rows.get(id);
      states.put(
          id,
          EditorialStates.effective(
              row == null ? null : row.state(),
              row == null ? 0 : row.revisionId(),
              (Long) i[1],
              (Long) i[2]));
    }
    return states;
  }

  /**
   * The current office's items waiting for a review that {@code actor} may give: in review, not
   * their own revision, not approved by them already. Oldest first.
   */
  public List<ReviewTask> awaitingReviewBy(String actor, int limit) {
    if (Standing.in(tenant.require(), accounts.officesOf(actor)) != Standing.REVIEWER) {
      return List.of();
    }
    Set<Long> approved = approvedInThisRoundBy(actor);
    return tasks(EditorialState.IN_REVIEW, limit * 4).stream()
        .filter(t -> !actor.equalsIgnoreCase(t.revisionAuthor()))
        .filter(t -> !approved.contains(t.itemId()))
        .limit(limit)
        .toList();
  }

  /**
   * The current office's items in review, oldest submission first: what the office's reviewers have
   * not yet got to, whoever they are.
   */
  public List<ReviewTask> inReview(int limit) {
    return tasks(EditorialState.IN_REVIEW, limit);
  }

  /** How many of the current office's items are in review, and since when the oldest waits. */
  public ReviewBacklog backlog() {
    String waiting =
        " from ItemWorkflow w, ContentItem i where i.id = w.itemId"
            + " and i.latestRevision.id = w.revisionId and w.state = :state and i.trashedAt is null";
    long count =
        data.entityManager()
            .createQuery("select count(w)" + waiting, Long.class)
            .setParameter("state", EditorialState.IN_REVIEW)
            .getSingleResult();
    // Not min(): an aggregate over a converted column reaches the converter as the database's
    // own type on PostgreSQL. The oldest is read instead.
    Instant oldest =
        count == 0
            ? null
            : data.entityManager()
                .createQuery(
                    "select w.modifiedAt" + waiting + " order by w.modifiedAt", Instant.class)
                .setParameter("state", EditorialState.IN_REVIEW)
                .setMaxResults(1)
                .getSingleResult();
    return new ReviewBacklog(count, oldest);
  }

  /** The current office's items whose latest revision, by {@code actor}, was sent back. */
  public List<ReviewTask> changesRequestedOf(String actor, int limit) {
    return tasks(EditorialState.CHANGES_REQUESTED, limit * 4).stream()
        .filter(t -> actor.equalsIgnoreCase(t.revisionAuthor()))
        .limit(limit)
        .toList();
  }

  private List<ReviewTask> tasks(EditorialState state, int limit) {
    return data
        .entityManager()
        .createQuery(
            "select w, i, r from ItemWorkflow w, ContentItem i, Revision r"
                + " where i.id = w.itemId and r.id = w.revisionId"
                + " and i.latestRevision.id = w.revisionId and w.state = :state"
                + " and i.trashedAt is null order by w.modifiedAt",
            Object[].class)
        .setParameter("state", state)
        .setMaxResults(limit)
        .getResultList()
        .stream()
        .map(
            row -> {
              ItemWorkflow w = (ItemWorkflow) row[0];
              ContentItem i = (ContentItem) row[1];
              Revision r = (Revision) row[2];
              return new ReviewTask(
                  i.getId(),
                  r.title(),
                  i.type(),
                  i.language().value(),
                  r.number(),
                  r.author(),
                  w.state(),
                  w.getModifiedAt());
            })
        .toList();
  }

  /**
   * The items whose revision in review {@code actor} has approved in its current round: one query.
   */
  private Set<Long> approvedInThisRoundBy(String actor) {
    return new HashSet<>(
        data.entityManager()
            .createQuery(
                "select w.itemId from ItemWorkflow w, ReviewNote n where n.itemId = w.itemId"
                    + " and n.revisionId = w.revisionId and n.reviewRound = w.reviewRound"
                    + " and n.kind = :approved and lower(n.author) = lower(:actor)",
                Long.class)
            .setParameter("approved", NoteKind.APPROVED)
            .setParameter("actor", actor)
            .getResultList());
  }
}
