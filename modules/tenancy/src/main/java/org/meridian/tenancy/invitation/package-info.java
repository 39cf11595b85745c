/**
 * Invitations: an administrator invites a person by e-mail with a role in an office; a new person
 * gets an account that cannot sign in and a single-use link to choose a password.
 */
package org.meridian.tenancy.invitation;
