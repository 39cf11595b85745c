/**
 * The mail outbox: messages are written in the transaction of the change that causes them and sent
 * later, so that no message goes out for a change that rolled back, and none is lost.
 */
package org.meridian.tenancy.mail;
