/**
 * HQ's view of the whole network. {@link org.meridian.workflow.network.AcrossOffices} is the one,
 * audited door through which code reads office-owned data of several offices; the network overview
 * is built on it.
 */
package org.meridian.workflow.network;
