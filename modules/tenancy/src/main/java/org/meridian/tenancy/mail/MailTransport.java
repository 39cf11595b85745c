package org.meridian.tenancy.mail;

/** Hands one message to a mail server. */
interface MailTransport {

  /**
   * Sends a message, or throws with the reason it could not be sent (the server is down, slow,
   * refused it).
   */
  void send(String recipient, String subject, String body) throws Exception;
}
