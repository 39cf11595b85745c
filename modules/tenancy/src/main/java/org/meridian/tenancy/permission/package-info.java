/**
 * Who may do what in which office, in one place: {@link
 * org.meridian.tenancy.permission.PermissionRule} is the table (a person's memberships, the target
 * office, the action), {@link org.meridian.tenancy.permission.OfficePermissions} asks it for a
 * signed-in person. Nothing outside this package compares roles to decide a permission (an
 * architecture test keeps it so).
 */
package org.meridian.tenancy.permission;
