package org.meridian.admin;

import jakarta.enterprise.context.SessionScoped;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import org.meridian.tenancy.office.LanguageTag;
import org.meridian.tenancy.people.Account;
import org.meridian.tenancy.people.AccountDirectory;

/**
 * The language the console speaks to the signed-in person: their preferred language when the
 * console has it (English, French, Arabic), else English. Read from their account once per session
 * and after they change it.
 */
@SessionScoped
public class ConsoleLanguage implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The languages the console's bundles are written in, English (the default) first. */
  public static final List<String> SPOKEN = List.of("en", "fr", "ar");

  // Not transient: the session moves between servers (a cluster's data grid) and Weld's proxies of
  // application-scoped beans travel with it, where a transient field would arrive null.
  @Inject private AccountDirectory accounts;

  private String email;
  private String language;

  /** The console's locale for the person signed in as {@code signedInEmail}. */
  Locale localeFor(String signedInEmail) {
    if (!signedInEmail.equals(email)) {
      email = signedInEmail;
      language = spoken(accounts.find(signedInEmail).map(Account::preferredLanguage).orElse(null));
    }
    return Locale.forLanguageTag(language);
  }

  /** Records a change the person made to their preferred language. */
  void changed(String signedInEmail, LanguageTag preferred) {
    email = signedInEmail;
    language = spoken(preferred);
  }

  /** The console language for a preferred language: its own if spoken, else English. */
  static String spoken(LanguageTag preferred) {
    if (preferred == null) {
      return "en";
    }
    String wanted = preferred.locale().getLanguage();
    return SPOKEN.contains(wanted) ? wanted : "en";
  }
}
