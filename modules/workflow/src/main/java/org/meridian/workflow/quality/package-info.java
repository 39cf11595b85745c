/**
 * The accessibility and quality gate at submit and publish: per office, it warns (the default) or
 * blocks on what {@code content.quality}'s checks find in the item's latest body.
 */
package org.meridian.workflow.quality;
