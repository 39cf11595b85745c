package org.meridian.admin;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;

/** Faces messages for the console's views: on a field, or for the whole form. */
final class Messages {

  private Messages() {}

  /** An error shown next to the field with the given client id (e.g. {@code "password:new"}). */
  static void errorOn(String clientId, String text) {
    FacesContext.getCurrentInstance()
        .addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
  }

  /** An error for the whole form. */
  static void error(String text) {
    errorOn(null, text);
  }

  /** A message for the whole form. */
  static void info(String text) {
    FacesContext.getCurrentInstance()
        .addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, null));
  }
}
