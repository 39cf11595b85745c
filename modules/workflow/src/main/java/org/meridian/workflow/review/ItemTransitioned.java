package org.meridian.workflow.review;

import java.time.Instant;

/**
 * Fired (synchronously, inside the transaction that took the step) after a person took a step of
 * the editorial process on an item. Observers such as notifications use {@code
 * TransactionPhase.AFTER_SUCCESS} when they must only act on steps that were committed.
 *
 * @param officeId the item's office
 * @param officeCode the office's code, e.g. {@code gambia}
 * @param itemId the item
 * @param title the title of the item's latest revision
 * @param revisionId the revision the step was taken on (the latest one)
 * @param revisionNumber its number within the item
 * @param revisionAuthor who saved that revision
 * @param transition the step
 * @param from the state before
 * @param to the state after (for an approval that is not yet the last one asked for: still {@link
 *     EditorialState#IN_REVIEW})
 * @param actor who took the step (an e-mail address)
 * @param comment the comment given with the step, or {@code null}
 * @param at when
 */
public record ItemTransitioned(
    long officeId,
    String officeCode,
    long itemId,
    String title,
    long revisionId,
    int revisionNumber,
    String revisionAuthor,
    Transition transition,
    EditorialState from,
    EditorialState to,
    String actor,
    String comment,
    Instant at) {}
