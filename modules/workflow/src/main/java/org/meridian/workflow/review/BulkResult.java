package org.meridian.workflow.review;

/**
 * What a bulk step did to one item.
 *
 * @param itemId the item
 * @param title its title, when it was found and the step taken
 * @param done whether the step was taken
 * @param outcome the state it is in now, or why the step was refused
 */
public record BulkResult(long itemId, String title, boolean done, String outcome) {}
