/**
 * The accessibility and quality checks of a rich-text body, one class per rule over the sanitised
 * HTML: the workflow's gate at submit and publish and the network's Site health both run these
 * ({@link QualityChecks}), so they never disagree.
 */
package org.meridian.content.quality;
