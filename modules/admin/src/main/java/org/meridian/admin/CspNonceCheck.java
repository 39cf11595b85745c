package org.meridian.admin;

import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Objects;
import org.primefaces.util.Constants;

/**
 * A post back to a view must carry the view's script nonce ({@link CspNonceField} writes it into
 * every form). PrimeFaces checks it too, but only when the answer is rendered — after the action
 * ran — and then fails with a 500. Checked here as soon as the view is restored: a post with
 * another nonce (only ever made by hand) is answered 400 and changes nothing.
 */
public class CspNonceCheck implements PhaseListener {

  private static final long serialVersionUID = 1L;

  @Override
  public PhaseId getPhaseId() {
    return PhaseId.RESTORE_VIEW;
  }

  @Override
  public void beforePhase(PhaseEvent event) {
    // Only after the view is restored is its nonce known.
  }

  @Override
  public void afterPhase(PhaseEvent event) {
    FacesContext context = event.getFacesContext();
    if (!context.isPostback() || context.getViewRoot() == null || context.getResponseComplete()) {
      return;
    }
    Map<String, Object> viewMap = context.getViewRoot().getViewMap(false);
    Object expected = viewMap == null ? null : viewMap.get(Constants.RequestParams.NONCE_PARAM);
    if (expected == null) {
      return; // a view without a nonce yet (PrimeFaces makes one when it renders)
    }
    String sent =
        context
            .getExternalContext()
            .getRequestParameterMap()
            .get(Constants.RequestParams.NONCE_PARAM);
    if (!Objects.equals(expected, sent)) {
      try {
        context
            .getExternalContext()
            .responseSendError(400, "This form does not belong to the page it was sent from.");
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      context.responseComplete();
    }
  }
}
