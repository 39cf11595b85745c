package org.meridian.workflow.review;

import org.meridian.tenancy.Refusal;

/**
 * What a bulk step did to one item.
 *
 * @param itemId the item
 * @param title its title, when it was found and the step taken
 * @param done whether the step was taken
 * @param outcome the state it is in now, or why the step was refused, in English
 * @param now the state it is in now, when the step was taken
 * @param refusal why the step was refused, when the rules said so by a code (for the console to
 *     translate)
 */
public record BulkResult(
    long itemId, String title, boolean done, String outcome, EditorialState now, Refusal refusal) {}
