package org.meridian.admin;

import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;

/**
 * A post from a page whose view has expired (the session ended, the server restarted, the page was
 * open too long) is not an error for the person: instead of an error page, the browser is sent
 * back, by GET, to the page the form was on, marked {@code ?expired=1}. The console's template then
 * says that the last action was not carried out, and the editor puts back the text typed since
 * (from its copy in the browser). When the session itself had ended, the container's sign-in comes
 * first and returns to the same post, which lands here.
 */
public class ExpiredViewRecovery extends ExceptionHandlerFactory {

  /** The query parameter that marks a page opened again after an expired view or session. */
  public static final String MARK = "expired";

  public ExpiredViewRecovery(ExceptionHandlerFactory wrapped) {
    super(wrapped);
  }

  @Override
  public ExceptionHandler getExceptionHandler() {
    return new Handler(getWrapped().getExceptionHandler());
  }

  /**
   * Where to send the person back to: the address the form posted to, with its query and the {@link
   * #MARK}; only ever a page of the console (anything else goes to the content list).
   */
  static String returnAddress(String contextPath, String requestUri, String query) {
    String console = contextPath + "/admin/";
    if (requestUri == null
        || !requestUri.startsWith(console)
        || requestUri.contains("..")
        || requestUri.contains("//")
        || requestUri.contains("\\")) {
      return console + "index.xhtml?" + MARK + "=1";
    }
    StringBuilder kept = new StringBuilder();
    for (String pair : query == null ? new String[0] : query.split("&")) {
      if (!pair.isEmpty() && !pair.equals(MARK) && !pair.startsWith(MARK + "=")) {
        kept.append(pair).append('&');
      }
    }
    return requestUri + "?" + kept + MARK + "=1";
  }

  private static final class Handler extends ExceptionHandlerWrapper {

    Handler(ExceptionHandler wrapped) {
      super(wrapped);
    }

    @Override
    public void handle() {
      FacesContext faces = FacesContext.getCurrentInstance();
      for (Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
          events.hasNext(); ) {
        Throwable thrown = events.next().getContext().getException();
        if (expiredView(thrown) && faces != null && !faces.getResponseComplete()) {
          events.remove();
          sendBack(faces);
        }
      }
      super.handle();
    }

    private static boolean expiredView(Throwable thrown) {
      int depth = 0;
      for (Throwable t = thrown; t != null && depth < 20; t = t.getCause(), depth++) {
        if (t instanceof ViewExpiredException) {
          return true;
        }
      }
      return false;
    }

    private static void sendBack(FacesContext faces) {
      ExternalContext external = faces.getExternalContext();
      HttpServletRequest request = (HttpServletRequest) external.getRequest();
      try {
        external.redirect(
            returnAddress(
                external.getRequestContextPath(),
                request.getRequestURI(),
                request.getQueryString()));
        faces.responseComplete();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
