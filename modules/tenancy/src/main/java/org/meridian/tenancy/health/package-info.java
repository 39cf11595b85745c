/** What the health checks and metrics read from the modules: the backlogs of background queues. */
package org.meridian.tenancy.health;
