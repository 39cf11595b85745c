package org.meridian.admin;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import org.meridian.tenancy.Refusal;

/**
 * Faces messages for the console's views: on a field, or for the whole form. The console's own
 * words are given by key (see {@link ConsoleText}); a refusal that comes from a domain service
 * brings its own sentence, which is shown as it is ({@code refusal…}).
 */
final class Messages {

  private Messages() {}

  /**
   * An error, from the bundle, next to the field with the given client id (e.g. "password:new").
   */
  static void errorOn(String clientId, String key, Object... args) {
    add(clientId, FacesMessage.SEVERITY_ERROR, ConsoleText.text(key, args));
  }

  /** An error, from the bundle, for the whole form. */
  static void error(String key, Object... args) {
    add(null, FacesMessage.SEVERITY_ERROR, ConsoleText.text(key, args));
  }

  /** A message, from the bundle, for the whole form. */
  static void info(String key, Object... args) {
    add(null, FacesMessage.SEVERITY_INFO, ConsoleText.text(key, args));
  }

  /** A domain service's own sentence (e.g. a refusal's reason) next to a field, as it is. */
  static void refusalOn(String clientId, String text) {
    add(clientId, FacesMessage.SEVERITY_ERROR, text);
  }

  /** A domain service's own sentence for the whole form, as it is. */
  static void refusal(String text) {
    add(null, FacesMessage.SEVERITY_ERROR, text);
  }

  /**
   * A domain service's refusal next to a field: in the reader's language when it says why by a
   * {@link Refusal} ({@code refusal.<code>} in the bundles), else its sentence as it is.
   */
  static void refusalOn(String clientId, Throwable refused) {
    add(clientId, FacesMessage.SEVERITY_ERROR, ConsoleText.refusal(refused));
  }

  /** A domain service's refusal for the whole form, in the reader's language where it can be. */
  static void refusal(Throwable refused) {
    add(null, FacesMessage.SEVERITY_ERROR, ConsoleText.refusal(refused));
  }

  /** A sentence already put together (e.g. from a domain service) for the whole form. */
  static void infoText(String text) {
    add(null, FacesMessage.SEVERITY_INFO, text);
  }

  private static void add(String clientId, FacesMessage.Severity severity, String text) {
    FacesContext.getCurrentInstance().addMessage(clientId, new FacesMessage(severity, text, null));
  }
}
