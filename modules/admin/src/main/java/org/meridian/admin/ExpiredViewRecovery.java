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

    /** To the address the form posted to, with its query; only ever within the console. */
    private static void sendBack(FacesContext faces) {
      ExternalContext external = faces.getExternalContext();
      HttpServletRequest request = (HttpServletRequest) external.getRequest();
      String console = external.getRequestContextPath() + "/admin/";
      String path = request.getRequestURI();
      String query = request.getQueryString();
      String target;
      if (path != null && path.startsWith(console) && !path.contains("..")) {
        String kept = query == null ? "" : withoutMark(query);
        target = path + "?" + (kept.isEmpty() ? "" : kept + "&");
      } else {
        target = console + "index.xhtml?";
      }
      try {
        external.redirect(target + MARK + "=1");
        faces.responseComplete();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    private static String withoutMark(String query) {
      StringBuilder kept = new StringBuilder();
      for (String pair : query.split("&")) {
        if (!pair.isEmpty() && !pair.equals(MARK) && !pair.startsWith(MARK + "=")) {
          kept.append(kept.length() == 0 ? "" : "&").append(pair);
        }
      }
      return kept.toString();
    }
  }
}
