/**
 * Notifications: people are told what needs them — in the console's inbox ({@link
 * org.meridian.workflow.notify.Inbox}) and by e-mail through the mail outbox. They are written in
 * the transaction of the step that causes them, so they stand or fall with it; e-mail is sent
 * later, outside it.
 */
package org.meridian.workflow.notify;
