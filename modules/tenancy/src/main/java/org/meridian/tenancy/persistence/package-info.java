/**
 * The two mapped superclasses every Meridian entity builds on, and the office-filtered data access.
 */
package org.meridian.tenancy.persistence;
