/**
 * The server's one clock: every "now" in Meridian comes from the {@link java.time.Clock} produced
 * here, the system's UTC clock shifted by {@code meridian.clock.offset}.
 */
package org.meridian.tenancy.time;
