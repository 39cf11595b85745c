/**
 * The editorial process: the states of an item's latest revision, the steps between them, each
 * office's review policy, who may take which step, and review comments.
 */
package org.meridian.workflow.review;
