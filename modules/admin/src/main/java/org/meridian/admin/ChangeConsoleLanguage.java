package org.meridian.admin;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import org.meridian.tenancy.office.LanguageTag;
import org.meridian.tenancy.people.AccountDirectory;

/**
 * A signed-in person chooses the language the console speaks to them (their preferred language).
 */
@Named
@ViewScoped
public class ChangeConsoleLanguage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private AccountDirectory accounts;
  @Inject private ConsoleLanguage consoleLanguage;

  private String language;

  public String getLanguage() {
    if (language == null) {
      language = FacesContext.getCurrentInstance().getViewRoot().getLocale().getLanguage();
    }
    return language;
  }

  public void setLanguage(String language) {
    this.language = language;
  }

  /** The console's languages, each named in itself so that anyone can find their own. */
  public List<String> getLanguages() {
    return ConsoleLanguage.SPOKEN;
  }

  public String nameOf(String code) {
    Locale locale = Locale.forLanguageTag(code);
    return locale.getDisplayLanguage(locale);
  }

  /** Saves the choice and shows the page again in the new language. */
  public String save() {
    if (language == null || !ConsoleLanguage.SPOKEN.contains(language)) {
      Messages.errorOn("console-language:language", "language.unknown");
      return null;
    }
    FacesContext faces = FacesContext.getCurrentInstance();
    String email = faces.getExternalContext().getUserPrincipal().getName();
    LanguageTag chosen = new LanguageTag(language);
    accounts.changePreferredLanguage(email, chosen);
    consoleLanguage.changed(email, chosen);
    // The message is read on the next view, which is built in the new language.
    faces.getViewRoot().setLocale(Locale.forLanguageTag(language));
    Messages.info("language.saved");
    faces.getExternalContext().getFlash().setKeepMessages(true);
    return "/admin/language.xhtml?faces-redirect=true";
  }
}
