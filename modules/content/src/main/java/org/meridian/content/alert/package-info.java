/**
 * Network alerts: a short, translated banner that HQ puts on every office's site, or HQ or a
 * regional office on one region's sites, shown between a start and an end time and gone by itself
 * after it (see docs/network.md).
 */
package org.meridian.content.alert;
