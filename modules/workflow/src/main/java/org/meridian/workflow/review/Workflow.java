package org.meridian.workflow.review;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.meridian.content.ContentConflictException;
import org.meridian.content.ContentItem;
import org.meridian.content.ContentNotFoundException;
import org.meridian.content.LiveRevisions;
import org.meridian.content.Revision;
import org.meridian.tenancy.Refusal;
import org.meridian.tenancy.TenantContext;
import org.meridian.tenancy.office.OfficeRef;
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
  @Inject private LiveRevisions live;
  @Inject private WorkflowFacts workflowFacts;
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
    ContentItem item = WorkflowFacts.lockedItem(em, itemId);
    WorkflowFacts.Facts facts = workflowFacts.of(em, item, actor, standing);
    Decision decision = WorkflowRules.decide(step, facts.situation(said != null));
    if (!decision.allowed()) {
      throw new TransitionRefusedException(decision.refusal());
    }
    if (step == Transition.SUBMIT || step == Transition.PUBLISH) {
      // Refused in block mode before anything is written; in warn mode the caller shows them.
      qualityGate.enforce(item);
    }
    Revision latest = item.latestRevision();
    ItemWorkflow row = facts.row();
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
            facts.state(),
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
    ContentItem item = WorkflowFacts.item(em, itemId);
    WorkflowFacts.Facts facts = workflowFacts.of(em, item, actor, null);
    if (facts.standing() == Standing.OUTSIDER) {
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
            facts.row() == null ? 0 : facts.row().reviewRound(),
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
    ContentItem item = WorkflowFacts.item(em, itemId);
    WorkflowFacts.Facts facts = workflowFacts.of(em, item, actor, null);
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
        facts.state(),
        item.isLive(),
        facts.reviews(),
        facts.approvals(),
        facts.situation(false).approvalsNeeded(),
        decisions,
        notes(em, itemId));
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
    ContentItem item = WorkflowFacts.item(em, itemId);
    WorkflowFacts.Facts facts = workflowFacts.of(em, item, actor, standing);
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
