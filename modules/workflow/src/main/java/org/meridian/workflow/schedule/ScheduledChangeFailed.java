package org.meridian.workflow.schedule;

import java.time.Instant;

/**
 * Fired (synchronously, inside the transaction that records the failure, as the change's office)
 * when a scheduled change could not be made and ended as {@link ScheduleStatus#FAILED}.
 *
 * @param officeId the item's office
 * @param officeCode the office's code
 * @param changeId the scheduled change
 * @param itemId its item
 * @param title the title of the item's latest revision, or {@code null} when the item is gone
 * @param action what was to be done
 * @param revisionNumber the revision to publish, or {@code null} for an unpublish
 * @param requestedBy who scheduled it (an e-mail address)
 * @param why why it failed
 * @param node the server that tried
 * @param at when
 */
public record ScheduledChangeFailed(
    long officeId,
    String officeCode,
    long changeId,
    long itemId,
    String title,
    ScheduledAction action,
    Integer revisionNumber,
    String requestedBy,
    String why,
    String node,
    Instant at) {}
