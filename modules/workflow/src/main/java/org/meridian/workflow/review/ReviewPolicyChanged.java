package org.meridian.workflow.review;

import org.meridian.tenancy.office.OfficeRef;

/** Fired in the transaction that changed an office's review policy (for the audit trail). */
public record ReviewPolicyChanged(OfficeRef office, String before, String after, String actor) {}
