/**
 * The editorial workflow: decides when a revision may go live and asks {@code content} to make it
 * so. It renders nothing.
 */
package org.meridian.workflow;
