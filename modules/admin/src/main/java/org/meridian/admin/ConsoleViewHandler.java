package org.meridian.admin;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.context.FacesContext;
import java.util.Locale;

/**
 * Chooses each new view's language: a signed-in person's preferred language ({@link
 * ConsoleLanguage}); before signing in, the browser's Accept-Language among the console's languages
 * (Faces' own choice from faces-config's supported locales), else English.
 */
public class ConsoleViewHandler extends ViewHandlerWrapper {

  public ConsoleViewHandler(ViewHandler wrapped) {
    super(wrapped);
  }

  @Override
  public Locale calculateLocale(FacesContext context) {
    String signedIn = context.getExternalContext().getRemoteUser();
    if (signedIn != null) {
      return CDI.current().select(ConsoleLanguage.class).get().localeFor(signedIn);
    }
    return getWrapped().calculateLocale(context);
  }
}
