/**
 * What makes signing in trustworthy: counting failed sign-ins in the database and pausing a login
 * name or a client address that fails too often.
 */
package org.meridian.tenancy.signin;
