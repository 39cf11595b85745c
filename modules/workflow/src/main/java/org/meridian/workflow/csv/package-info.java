/** Spreadsheet-safe CSV for the console's exports (audit trail, network health). */
package org.meridian.workflow.csv;
