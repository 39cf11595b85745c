/** The scheduler's own pieces: finding due changes across offices and carrying one out. */
package org.meridian.workflow.schedule.internal;
