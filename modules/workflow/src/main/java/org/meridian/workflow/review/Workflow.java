package org.meridian.workflow.review;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.meridian.content.ContentConflictException;
import org.meridian.content.ContentItem;
import org.meridian.content.ContentNotFoundException;
import org.meridian.content.LiveRevisions;
import org.meridian.content.Revision;
import org.meridian.tenancy.Refusal;
import org.meridian.tenancy.TenantContext;
import org.meridian.tenancy.office.OfficeRef;
import org.meridian.tenancy.people.AccountDirectory;
import org.meridian.tenancy.persistence.OfficeData;

/**
 * Takes the steps of the editorial process on the current office's items, after {@link
 * WorkflowRules} allowed them: a refused step changes nothing. Making a revision live is asked of
 * {@link LiveRevisions}; content never calls back.
 */
@ApplicationScoped
@Transactional
public class Workflow {

  @Inject private OfficeData data;
  @Inject private Clock clock;
  @Inject private TenantContext tenant;
  @Inject private AccountDirectory accounts;
  @Inject private LiveRevisions live;
  @Inject private ReviewPolicies policies;
  @Inject private Event<ItemTransitioned> transitions;
  @Inject private org.meridian.workflow.quality.QualityGate qualityGate;

  /**
   * Takes {@code step} on an item of the current office.
   *
   * @param comment what the person says with it (required to request changes), or {@code null}
   * @throws TransitionRefusedException when the rules refuse it, with why (a {@link
   *     org.meridian.workflow.quality.QualityGateRefusedException} when the office's quality gate
   *     blocks a submit or publish)
   * @throws ContentNotFoundException when the office has no such item
   * @throws ContentConflictException when someone else took a step on it at the same moment
   */
  public ItemTransitioned take(long itemId, Transition step, String actor, String comment) {
    return take(itemId, step, actor, comment, null);
  }

  /**
   * Takes {@code step} for a machine client (an API token of the current office), which has no
   * roles of its own and acts as an editor of the office: it submits and comments, and publishes
   * only where the policy lets editors publish.
   */
  public ItemTransitioned takeAsEditor(long itemId, Transition step, String actor, String comment) {
    return take(itemId, step, actor, comment, Standing.EDITOR);
  }

  private ItemTransitioned take(
      long itemId, Transition step, String actor, String comment, Standing standing) {
    String said = clean(comment);
    if (said != null && said.length() > ReviewNote.MAX_BODY) {
      throw new TransitionRefusedException(
          Refusal.of(
              "workflow.comment_too_long_0",
              "The comment is too long: at most {0} characters",
              ReviewNote.MAX_BODY));
    }
    try {
      return takeLocked(itemId, step, actor, said, standing);
    } catch (OptimisticLockException clash) {
      throw conflict(itemId);
    } catch (PersistenceException e) {
      if (e.getCause() instanceof OptimisticLockException) {
        throw conflict(itemId);
      }
      throw e;
    }
  }

  private ItemTransitioned takeLocked(
      long itemId, Transition step, String actor, String said, Standing standing) {
    EntityManager em = data.entityManager();
    ContentItem item = lockedItem(em, itemId);
    Facts facts = facts(em, item, actor, standing);
    Decision decision = WorkflowRules.decide(step, facts.situation(said != null));
    if (!decision.allowed()) {
      throw new TransitionRefusedException(decision.refusal());
    }
    if (step == Transition.SUBMIT || step == Transition.PUBLISH) {
      // Refused in block mode before anything is written; in warn mode the caller shows them.
      qualityGate.enforce(item);
    }
    Revision latest = item.latestRevision();
    ItemWorkflow row = facts.row;
    if (row == null) {
      row = new ItemWorkflow(itemId);
    }
    switch (step) {
      case SUBMIT -> row.startRound();
      case PUBLISH -> live.publishLatest(itemId, actor);
      case UNPUBLISH -> live.unpublish(itemId, actor);
      case ARCHIVE -> {
        if (item.isLive()) {
          live.unpublish(itemId, actor);
        }
      }
      default -> {
        // The other steps change only where the item stands.
      }
    }
    row.moveTo(decision.next(), latest.getId(), actor);
    if (row.getId() == null) {
      em.persist(row);
    }
    em.persist(
        new ReviewNote(
            itemId,
            latest.getId(),
            latest.number(),
            row.reviewRound(),
            NoteKind.of(step),
            actor,
            said));
    em.flush();
    OfficeRef office = tenant.require();
    ItemTransitioned event =
        new ItemTransitioned(
            office.id(),
            office.code().value(),
            itemId,
            latest.title(),
            latest.getId(),
            latest.number(),
            latest.author(),
            step,
            facts.state,
            decision.next(),
            actor,
            said,
            clock.instant());
    transitions.fire(event);
    return event;
  }

  /** Adds a comment to the latest revision of an item without taking a step. */
  public ReviewNoteView comment(long itemId, String actor, String comment) {
    String said = clean(comment);
    if (said == null) {
      throw new TransitionRefusedException(
          Refusal.of("workflow.comment_first", "Write a comment first"));
    }
    if (said.length() > ReviewNote.MAX_BODY) {
      throw new TransitionRefusedException(
          Refusal.of(
              "workflow.comment_too_long_0",
              "The comment is too long: at most {0} characters",
              ReviewNote.MAX_BODY));
    }
    EntityManager em = data.entityManager();
    ContentItem item = item(em, itemId);
    Facts facts = facts(em, item, actor);
    if (facts.standing == Standing.OUTSIDER) {
      throw new TransitionRefusedException(
          Refusal.of(
              "workflow.comment_outsider", "Only people working in the item's office may comment"));
    }
    Revision latest = item.latestRevision();
    ReviewNote note =
        new ReviewNote(
            itemId,
            latest.getId(),
            latest.number(),
            facts.row == null ? 0 : facts.row.reviewRound(),
            NoteKind.COMMENT,
            actor,
            said);
    em.persist(note);
    em.flush();
    return note.view();
  }

  /** Where an item of the current office stands, and what {@code actor} may do with it. */
  public ItemReview review(long itemId, String actor) {
    EntityManager em = data.entityManager();
    ContentItem item = item(em, itemId);
    Facts facts = facts(em, item, actor);
    Map<Transition, Decision> decisions = new EnumMap<>(Transition.class);
    for (Transition step : Transition.values()) {
      // Requesting changes needs a comment, which the form asks for with the button.
      decisions.put(
          step, WorkflowRules.decide(step, facts.situation(step == Transition.REQUEST_CHANGES)));
    }
    Revision latest = item.latestRevision();
    return new ItemReview(
        itemId,
        latest.title(),
        latest.number(),
        latest.author(),
        facts.state,
        item.isLive(),
        facts.reviews,
        facts.approvals,
        facts.situation(false).approvalsNeeded(),
        decisions,
        notes(em, itemId));
  }

  /**
   * Who can give the item's next approval while it waits for review: the office's publishers and
   * administrators who can sign in, less the latest revision's author and those who approved it in
   * this round, by e-mail address in alphabetical order. Empty when nothing waits for an approval
   * (and when nobody of the office can give it: HQ's administrators still can).
   */
  public List<String> nextApprovers(long itemId) {
    EntityManager em = data.entityManager();
    ContentItem item = item(em, itemId);
    Facts facts = facts(em, item, null, Standing.OUTSIDER);
    if (facts.state != EditorialState.IN_REVIEW || facts.row == null) {
      return List.of();
    }
    Revision latest = item.latestRevision();
    java.util.Set<String> approved =
        em.createQuery(
                "select distinct lower(n.author) from ReviewNote n where n.revisionId = :revision"
                    + " and n.reviewRound = :round and n.kind = :approved",
                String.class)
            .setParameter("revision", latest.getId())
            .setParameter("round", facts.row.reviewRound())
            .setParameter("approved", NoteKind.APPROVED)
            .getResultStream()
            .collect(java.util.stream.Collectors.toSet());
    String author =
        latest.author() == null ? "" : latest.author().toLowerCase(java.util.Locale.ROOT);
    return accounts.activeMembersOf(tenant.require()).stream()
        .filter(m -> Standing.of(m.getValue()) == Standing.REVIEWER)
        .map(m -> m.getKey().toLowerCase(java.util.Locale.ROOT))
        .filter(email -> !email.equals(author) && !approved.contains(email))
        .distinct()
        .sorted()
        .toList();
  }

  /**
   * Whether {@code actor} may take {@code step} on the item now, and if not why; with {@code
   * assumeLive} as if a version of it were on the site (for an unpublish scheduled after a
   * publish). Requesting changes is judged as if a comment came with it.
   */
  public Decision decide(long itemId, Transition step, String actor, boolean assumeLive) {
    return decide(itemId, step, actor, assumeLive, null);
  }

  /**
   * As {@link #decide(long, Transition, String, boolean)} for a machine client that acts as an
   * editor of the office (as {@link #takeAsEditor} takes steps).
   */
  public Decision decideAsEditor(long itemId, Transition step, String actor, boolean assumeLive) {
    return decide(itemId, step, actor, assumeLive, Standing.EDITOR);
  }

  private Decision decide(
      long itemId, Transition step, String actor, boolean assumeLive, Standing standing) {
    EntityManager em = data.entityManager();
    ContentItem item = item(em, itemId);
    Facts facts = facts(em, item, actor, standing);
    Situation s = facts.situation(true);
    if (assumeLive && !s.live()) {
      s =
          new Situation(
              s.state(),
              true,
              s.reviews(),
              s.approvals(),
              s.standing(),
              s.author(),
              s.approvedAlready(),
              s.comment());
    }
    return WorkflowRules.decide(step, s);
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
    java.util.Set<Long> approved = approvedInThisRoundBy(actor);
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
    java.time.Instant oldest =
        count == 0
            ? null
            : data.entityManager()
                .createQuery(
                    "select w.modifiedAt" + waiting + " order by w.modifiedAt",
                    java.time.Instant.class)
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
  private java.util.Set<Long> approvedInThisRoundBy(String actor) {
    return new java.util.HashSet<>(
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

  private Facts facts(EntityManager em, ContentItem item, String actor) {
    return facts(em, item, actor, null);
  }

  private Facts facts(EntityManager em, ContentItem item, String actor, Standing given) {
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

  private record Facts(
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

  private List<ReviewNoteView> notes(EntityManager em, long itemId) {
    return em.createQuery(
            "select n from ReviewNote n where n.itemId = :item order by n.createdAt desc, n.id desc",
            ReviewNote.class)
        .setParameter("item", itemId)
        .setMaxResults(200)
        .getResultStream()
        .map(ReviewNote::view)
        .toList();
  }

  private static Optional<ItemWorkflow> row(EntityManager em, long itemId) {
    return em.createQuery("select w from ItemWorkflow w where w.itemId = :item", ItemWorkflow.class)
        .setParameter("item", itemId)
        .getResultStream()
        .findFirst();
  }

  private static ContentItem item(EntityManager em, long itemId) {
    return em.createQuery("select i from ContentItem i where i.id = :id", ContentItem.class)
        .setParameter("id", itemId)
        .getResultStream()
        .filter(i -> !i.isTrashed())
        .findFirst()
        .orElseThrow(() -> ContentNotFoundException.item(itemId));
  }

  /** The item, locked until the end of the transaction: steps on one item take turns. */
  private static ContentItem lockedItem(EntityManager em, long itemId) {
    return em.createQuery("select i from ContentItem i where i.id = :id", ContentItem.class)
        .setParameter("id", itemId)
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .getResultStream()
        .filter(i -> !i.isTrashed())
        .findFirst()
        .orElseThrow(() -> ContentNotFoundException.item(itemId));
  }

  private static ContentConflictException conflict(long itemId) {
    return new ContentConflictException(
        itemId,
        Refusal.of(
            "content.conflict_nothing_done",
            "Someone else acted on this item at the same moment: nothing was done. Try again."));
  }

  private static String clean(String comment) {
    if (comment == null) {
      return null;
    }
    String trimmed = comment.strip();
    return trimmed.isEmpty() ? null : trimmed;
  }
}
