package org.meridian.tenancy.people;

import org.meridian.tenancy.office.OfficeRef;

/** One office a person works in, and their role there. */
public record OfficeRole(OfficeRef office, Role role) implements java.io.Serializable {}
