/** Machinery of the cross-office path: one transaction per office. */
package org.meridian.workflow.network.internal;
