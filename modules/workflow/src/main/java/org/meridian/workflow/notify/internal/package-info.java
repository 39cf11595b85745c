/** The observers that turn editorial steps and failed schedules into notifications. */
package org.meridian.workflow.notify.internal;
