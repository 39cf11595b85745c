package org.meridian.admin;

import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;
import java.io.IOException;
import org.primefaces.context.PrimeFacesContext;
import org.primefaces.util.Constants;

/**
 * Writes the page's script nonce into every Faces form, next to its view state, as the hidden field
 * {@code primefaces.nonce}. PrimeFaces' CSP mode (web.xml's {@code primefaces.CSP}) refuses a post
 * back to a view without the view's nonce ("CSP nonce mismatch"), and otherwise only its JavaScript
 * adds the field: with it in the HTML, the console's forms also work as plain posts, without
 * JavaScript. The nonce is in the page's scripts anyway, so the field tells nobody anything new.
 */
public class CspNonceField extends ViewHandlerWrapper {

  public CspNonceField(ViewHandler wrapped) {
    super(wrapped);
  }

  @Override
  public void writeState(FacesContext context) throws IOException {
    if (!context.getPartialViewContext().isAjaxRequest()) {
      ResponseWriter writer = context.getResponseWriter();
      writer.startElement("input", null);
      writer.writeAttribute("type", "hidden", null);
      writer.writeAttribute("name", Constants.RequestParams.NONCE_PARAM, null);
      writer.writeAttribute("value", PrimeFacesContext.getCspState(context).getNonce(), null);
      writer.endElement("input");
    }
    getWrapped().writeState(context);
  }
}
