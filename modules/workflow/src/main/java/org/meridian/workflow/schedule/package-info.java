/**
 * Scheduled publish and unpublish: {@link org.meridian.workflow.schedule.Scheduling} takes an
 * office's requests in its own time zone; {@link org.meridian.workflow.schedule.ScheduleRunner}
 * carries them out on time, exactly once, whichever server gets there first.
 */
package org.meridian.workflow.schedule;
